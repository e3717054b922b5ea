import { describe, expect, it } from 'vitest';
import { createParser } from '../../electron/importers/parserWorker';
import { call, useBackend } from '../helpers/backend';
import { utf8 } from '../helpers/fixtures';
import { pdf } from './generate';

/** A PDF heavy enough to need seconds and hundreds of megabytes: the stand-in for one that never ends. */
const HEAVY = pdf(Array.from({ length: 3000 }, (_, i) => [`Page ${i} of the endless annex`]));

describe('parsing limits', () => {
  it('stops a file that takes too long, then parses the next one in a fresh worker', async () => {
    const parser = createParser({ timeoutMs: 800, maxHeapMb: 1024 });
    try {
      await parser.parse(utf8('Warm up\n\nThe worker starts before the clock matters.'), 'warm.txt').catch(() => undefined);
      await expect(parser.parse(HEAVY, 'annex.pdf')).rejects.toThrow(/^Timed out: reading the file took longer than 1 s\.$/);
      await expect(parser.parse(utf8('After\n\nStill working.'), 'after.txt')).resolves.toMatchObject({ kind: 'articles' });
    } finally {
      await parser.close();
    }
  });

  it('stops a file that needs more memory than its limit', async () => {
    const parser = createParser({ timeoutMs: 60_000, maxHeapMb: 96 });
    try {
      await expect(parser.parse(HEAVY, 'annex.pdf')).rejects.toThrow(/^Too large to read: parsing needed more than 96 MB of memory\.$/);
      await expect(parser.parse(utf8('Next\n\nParsed by a new worker.'), 'next.txt')).resolves.toMatchObject({ kind: 'articles' });
    } finally {
      await parser.close();
    }
  });

  describe('in a batch', () => {
    const env = useBackend();
    it('reports a file over the size limit as too large without reading it', async () => {
      const backend = env.open();
      const c = await call(backend, 'app:cases.create', { name: 'Limits' });
      const { importSources } = await import('../../electron/backend/services/importFiles');
      const huge = { name: 'huge.pdf', size: 500 * 1024 * 1024, read: () => Promise.reject(new Error('must not be read')) };
      const small = { name: 'small.txt', size: 20, read: async () => utf8('Small\n\nA short note.') };
      const summary = await importSources(backend.ctx, c.id, [huge, small]);
      expect(summary.outcomes).toEqual([
        {
          name: 'huge.pdf',
          status: 'failed',
          reason: 'Too large: 500 MB (at most 200 MB per file).',
          reasonCode: { code: 'msg.import.tooLarge', params: { size: 500, max: 200 } },
        },
        expect.objectContaining({ name: 'small.txt', status: 'imported' }),
      ]);
    });
  });
});
