import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../workers/bundledWorker';
import { UserError } from '../../shared/ipc/result';
import type { ParseRequest, ParseResponse } from './parseFile';
import { unreadable } from './readFailure';
import type { ParseOptions, ParseResult } from './types';

/** Per-file limits: a file that takes longer or needs more memory fails alone; the batch goes on. */
export interface ParseLimits {
  timeoutMs: number;
  maxHeapMb: number;
}
export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 60_000, maxHeapMb: 1024 };

export interface Parser {
  parse(bytes: Uint8Array, name: string, options?: ParseOptions): Promise<ParseResult & { format: string }>;
  close(): Promise<void>;
}

/** The bundled worker sits beside the bundle that runs (dist/ or dist/electron/); from source it runs through tsx. */
function workerEntry(): { file: string; eval: boolean } {
  // Bundles are CommonJS (__dirname); sources run as ES modules under vitest or tsx.
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const bundled = bundledWorker(here, 'parseWorker.cjs');
  if (bundled) return { file: bundled, eval: false };
  const source = pathToFileURL(join(here, '..', 'workers', 'parseWorker.ts')).href;
  // Workers do not inherit the TypeScript loader, so the source entry registers tsx first.
  return { file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/**
 * Parses files one at a time in a worker thread with a heap limit and a deadline. A worker that
 * times out, runs out of memory or crashes is terminated and replaced for the next file.
 */
export function createParser(limits: ParseLimits = DEFAULT_PARSE_LIMITS): Parser {
  let current: { worker: Worker; ready: Promise<void> } | null = null;
  let nextId = 1;
  const entry = workerEntry();

  const spawn = (): { worker: Worker; ready: Promise<void> } => {
    const worker = new Worker(entry.file, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64 } });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = (m: { ready?: boolean }) => {
        if (!m.ready) return;
        worker.off('message', onReady);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onReady);
      worker.once('error', reject);
    });
    // A worker that fails to start is reported by the first parse waiting on it.
    ready.catch(() => undefined);
    return { worker, ready };
  };

  const run = (w: Worker, request: ParseRequest): Promise<ParseResult & { format: string }> =>
    new Promise((resolve, reject) => {
      const done = (settle: () => void, kill: boolean) => {
        clearTimeout(timer);
        w.unref();
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          if (current?.worker === w) current = null;
          void w.terminate();
        }
        settle();
      };
      const onMessage = (r: ParseResponse) => {
        if (r.id !== request.id) return;
        done(() => (r.ok ? resolve(r.result) : reject(new UserError(r.code, r.message, r.messageCode))), false);
      };
      const onError = (error: Error & { code?: string }) => done(() => reject(crashError(error, limits)), true);
      const onExit = () => done(() => reject(unreadable(null, 'the parser stopped')), true);
      const timer = setTimeout(
        () => done(() => reject(UserError.coded('invalid_input', 'msg.import.timeout', { seconds: Math.round(limits.timeoutMs / 1000) })), true),
        limits.timeoutMs,
      );
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(request);
    });

  const parse = async (bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParseResult & { format: string }> => {
    const worker = (current ??= spawn());
    // Referenced only while a file is being parsed: an idle worker never keeps the process alive.
    worker.worker.ref();
    try {
      await worker.ready;
    } catch (error) {
      current = null;
      worker.worker.unref();
      throw crashError(error as Error, limits);
    }
    return run(worker.worker, { id: nextId++, bytes, name, options });
  };

  return {
    parse,
    close: async () => {
      const w = current?.worker;
      current = null;
      await w?.terminate();
    },
  };
}

function crashError(error: Error & { code?: string }, limits: ParseLimits): UserError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return UserError.coded('invalid_input', 'msg.import.outOfMemory', { mb: limits.maxHeapMb });
  return unreadable(error, `the parser crashed: ${error.message}`);
}
