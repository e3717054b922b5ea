import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/ipc/result';
import type { ParseRequest, ParseResponse } from './parseFile';
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
  const bundled = join(here, 'parseWorker.cjs');
  if (existsSync(bundled)) return { file: bundled, eval: false };
  const source = pathToFileURL(join(here, '..', 'workers', 'parseWorker.ts')).href;
  // Workers do not inherit the TypeScript loader, so the source entry registers tsx first.
  return { file: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/**
 * Parses files one at a time in a worker thread with a heap limit and a deadline. A worker that
 * times out, runs out of memory or crashes is terminated and replaced for the next file.
 */
export function createParser(limits: ParseLimits = DEFAULT_PARSE_LIMITS): Parser {
  let worker: Worker | null = null;
  let nextId = 1;
  const entry = workerEntry();

  const spawn = (): Worker => {
    const w = new Worker(entry.file, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64 } });
    w.unref();
    return w;
  };

  const parse = (bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParseResult & { format: string }> => {
    const w = (worker ??= spawn());
    const id = nextId++;
    // Referenced only while a file is being parsed: an idle worker never keeps the process alive.
    w.ref();
    return new Promise((resolve, reject) => {
      const done = (settle: () => void, kill: boolean) => {
        clearTimeout(timer);
        w.unref();
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          if (worker === w) worker = null;
          void w.terminate();
        }
        settle();
      };
      const onMessage = (r: ParseResponse) => {
        if (r.id !== id) return;
        done(() => (r.ok ? resolve(r.result) : reject(new UserError(r.code, r.message))), false);
      };
      const onError = (error: Error & { code?: string }) => {
        const message =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `Too large to read: parsing needed more than ${limits.maxHeapMb} MB of memory.`
            : `The file could not be read (the parser crashed: ${error.message}).`;
        done(() => reject(new UserError('invalid_input', message)), true);
      };
      const onExit = () => done(() => reject(new UserError('invalid_input', 'The file could not be read (the parser stopped).')), true);
      const timer = setTimeout(
        () => done(() => reject(new UserError('invalid_input', `Timed out: reading the file took longer than ${Math.round(limits.timeoutMs / 1000)} s.`)), true),
        limits.timeoutMs,
      );
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ id, bytes, name, options } satisfies ParseRequest);
    });
  };

  return {
    parse,
    close: async () => {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
