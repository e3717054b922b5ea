import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { adaptModel } from '../../shared/nlp/ner/adapt';
import { encodeAdaptation } from '../../shared/nlp/ner/adaptFormat';
import type { AdaptationRef } from './caseAdaptations';
import { createExtractor, createWorkerPool, type Extractor, type WorkerEntry } from './extractor';
import type { ExtractRequest, ExtractResponse } from './extractMessages';
import { nerModel } from './models';

/** The real extractWorker from source: workers do not inherit the TypeScript loader, so tsx comes first. */
const SOURCE_WORKER: WorkerEntry = {
  file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'workers', 'extractWorker.ts')).href)}); });`,
  eval: true,
};

const TAUGHT = 'Pipeline repairs\n\nEngineers from Zarqan Rivers Works repaired the pipeline near Baiji on Monday.\n';
const QUERY = 'Pipeline reopens\n\nZarqan Rivers Works said the Baiji pipeline reopened, officials added.\n';

/** A case model for English that learnt one company name, under a given key. */
function taughtRef(key: string): AdaptationRef {
  const base = nerModel('en');
  if (!base) throw new Error('the English model is not in assets/models');
  const name = 'Zarqan Rivers Works';
  const start = TAUGHT.indexOf(name);
  const adaptation = adaptModel(base, [{ text: TAUGHT, entities: [{ type: 'ORG', start, end: start + name.length }] }]);
  return { key, language: 'en', bytes: encodeAdaptation(adaptation) };
}

/** What the pool posted to its workers, from a spy on Worker.prototype.postMessage. */
const posted = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([req]) => req as ExtractRequest);
const bytesSent = (req: ExtractRequest | undefined) => req?.adaptations?.map((a) => a.bytes !== undefined);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the worker pool with the real extractWorker', () => {
  const ref = taughtRef('7:en:first');
  let pool: Extractor;
  beforeAll(() => {
    pool = createWorkerPool(SOURCE_WORKER, 1);
  });
  afterAll(() => pool.close());

  it('sends a case model to a worker once, and the worker keeps applying it', async () => {
    const expected = await createExtractor({ inline: true }).extract(QUERY, null, [ref]);
    const unadapted = await createExtractor({ inline: true }).extract(QUERY, null);
    expect(expected.entities).not.toEqual(unadapted.entities);

    const spy = vi.spyOn(Worker.prototype, 'postMessage');
    expect(await pool.extract(QUERY, null, [ref])).toEqual(expected);
    expect(await pool.extract(QUERY, null, [ref])).toEqual(expected);
    expect(await pool.extract(QUERY, null)).toEqual(unadapted);
    expect(posted(spy).map(bytesSent)).toEqual([[true], [false], []]);
  });

  it('sends a model again once the worker cache has evicted it', async () => {
    const spy = vi.spyOn(Worker.prototype, 'postMessage');
    const expected = await createExtractor({ inline: true }).extract(QUERY, null, [ref]);
    for (let i = 0; i < 16; i++) await pool.extract('Brief\n\nA short note.\n', null, [{ ...ref, key: `other:${i}` }]);
    expect(await pool.extract(QUERY, null, [ref])).toEqual(expected);
    // The pool forgot it along with the worker: one request with bytes, no round trip for `missing`.
    expect(posted(spy).filter((r) => r.text === QUERY).map(bytesSent)).toEqual([[true]]);
  });
});

describe('the real extractWorker', () => {
  it('answers a model sent without bytes that it does not hold with the missing key', async () => {
    const worker = new Worker(SOURCE_WORKER.file, { eval: true });
    try {
      const req: ExtractRequest = { id: 1, text: QUERY, anchor: null, adaptations: [{ key: '9:en:gone', language: 'en' }] };
      worker.postMessage(req);
      const [response] = (await once(worker, 'message')) as [ExtractResponse];
      expect(response).toMatchObject({ id: 1, ok: false, missing: '9:en:gone' });
    } finally {
      await worker.terminate();
    }
  });
});

/**
 * A stand-in worker whose cache the test controls: 'forget' empties it (an eviction the pool
 * cannot see), 'crash' exits. It answers `missing` as the real worker does.
 */
const FAKE_WORKER: WorkerEntry = {
  eval: true,
  file: `
    const { parentPort } = require('node:worker_threads');
    const held = new Set();
    parentPort.on('message', (req) => {
      if (req.text === 'crash') process.exit(3);
      if (req.text === 'forget') held.clear();
      const missing = req.adaptations.find((a) => !a.bytes && !held.has(a.key));
      if (missing) return parentPort.postMessage({ id: req.id, ok: false, message: 'not cached', missing: missing.key });
      for (const a of req.adaptations) held.add(a.key);
      parentPort.postMessage({ id: req.id, ok: true, extraction: { language: 'en', anchor: null, entities: [], claims: [] } });
    });`,
};

describe('the worker pool protocol', () => {
  const ref: AdaptationRef = { key: '3:en:a', language: 'en', bytes: new Uint8Array([1, 2, 3]) };

  it('resends the bytes once when the worker no longer holds a model', async () => {
    const pool = createWorkerPool(FAKE_WORKER, 1);
    try {
      await pool.extract('first', null, [ref]);
      const spy = vi.spyOn(Worker.prototype, 'postMessage');
      await expect(pool.extract('forget', null, [ref])).resolves.toMatchObject({ entities: [] });
      expect(posted(spy).map(bytesSent)).toEqual([[false], [true]]);
    } finally {
      await pool.close();
    }
  });

  it('fails the job of a worker that crashed, and sends the bytes to its replacement', async () => {
    const pool = createWorkerPool(FAKE_WORKER, 1);
    try {
      await pool.extract('first', null, [ref]);
      await expect(pool.extract('crash', null, [])).rejects.toThrow('exit code 3');
      const spy = vi.spyOn(Worker.prototype, 'postMessage');
      await expect(pool.extract('after', null, [ref])).resolves.toMatchObject({ entities: [] });
      expect(posted(spy).map(bytesSent)).toEqual([[true]]);
    } finally {
      await pool.close();
    }
  });

  it('stops restarting a worker that dies before answering, and says so', async () => {
    const spawned = vi.spyOn(Worker.prototype, 'on');
    const pool = createWorkerPool({ eval: true, file: 'process.exit(4);' }, 1);
    try {
      // Jobs sent while a replacement still starts fail with its exit; then the pool gives up.
      let message = '';
      for (let i = 0; i < 50 && !message.includes('could not be restarted'); i++) {
        message = await pool.extract('text', null, []).then(
          () => 'answered',
          (e: Error) => e.message,
        );
      }
      expect(message).toContain('could not be restarted');
      // The first worker and three replacements, no more.
      expect(spawned.mock.calls.filter(([event]) => event === 'exit')).toHaveLength(4);
    } finally {
      spawned.mockRestore();
      await pool.close();
    }
  });
});
