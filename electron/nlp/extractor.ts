import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocument, type Extraction } from '../../shared/nlp/extract';
import { bundledWorker } from '../workers/bundledWorker';
import { adaptedModels, type AdaptationRef } from './caseAdaptations';
import type { ExtractRequest, ExtractResponse } from './extractMessages';
import { nerModels } from './models';

export interface Extractor {
  extract(text: string, anchor: string | null, adaptations?: AdaptationRef[]): Promise<Extraction>;
  close(): Promise<void>;
}

const workerScript = (): string | null => (typeof __dirname === 'string' ? bundledWorker(__dirname, 'extractWorker.cjs') : null);

class WorkerPool implements Extractor {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (e: Extraction) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private turn = 0;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (r: ExtractResponse) => {
        const p = this.pending.get(r.id);
        this.pending.delete(r.id);
        this.updateRefs();
        if (r.ok) p?.resolve(r.extraction);
        else p?.reject(new Error(r.message));
      });
      w.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      w.unref();
      this.workers.push(w);
    }
  }

  /** Idle workers must not keep the process alive; busy ones must, or an awaiting CLI would exit. */
  private updateRefs(): void {
    for (const w of this.workers) {
      if (this.pending.size > 0) w.ref();
      else w.unref();
    }
  }

  extract(text: string, anchor: string | null, adaptations?: AdaptationRef[]): Promise<Extraction> {
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.updateRefs();
      const req: ExtractRequest = { id, text, anchor, adaptations };
      worker?.postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Runs on this thread: for tests from source and for one-off CLI calls. */
const inline: Extractor = {
  extract: async (text, anchor, adaptations) => extractDocument(text, { models: adaptedModels(nerModels(), adaptations), anchor }),
  close: async () => undefined,
};

/** Worker threads when the bundled worker exists; otherwise on this thread. */
export function createExtractor(options: { inline?: boolean } = {}): Extractor {
  const script = options.inline ? null : workerScript();
  if (!script) return inline;
  return new WorkerPool(script, Math.max(1, Math.min(2, availableParallelism() - 1)));
}
