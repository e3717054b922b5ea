import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocument, type Extraction } from '../../shared/nlp/extract';
import { bundledWorker } from '../workers/bundledWorker';
import { adaptedModels, evictOldest, type AdaptationRef } from './caseAdaptations';
import type { ExtractRequest, ExtractResponse } from './extractMessages';
import { nerModels } from './models';

export interface Extractor {
  extract(text: string, anchor: string | null, adaptations?: AdaptationRef[]): Promise<Extraction>;
  close(): Promise<void>;
}

/** A worker script file, or (eval) the code of one. */
export interface WorkerEntry {
  file: string;
  eval?: boolean;
}

const workerScript = (): string | null => (typeof __dirname === 'string' ? bundledWorker(__dirname, 'extractWorker.cjs') : null);

/** One worker, the case-model keys the pool believes it has cached, and restarts since its last answer. */
interface Slot {
  worker: Worker;
  held: Set<string>;
  restarts: number;
}

/** A worker that dies this often without answering (e.g. at start-up) is not started again. */
const MAX_RESTARTS = 3;

interface Job {
  id: number;
  text: string;
  anchor: string | null;
  adaptations: AdaptationRef[];
  slot: Slot;
  resent: boolean;
  resolve: (e: Extraction) => void;
  reject: (e: Error) => void;
}

class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Job>();
  private nextId = 1;
  private turn = 0;
  private closed = false;

  constructor(
    private readonly entry: WorkerEntry,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.watch({ worker: this.newWorker(), held: new Set(), restarts: 0 }));
  }

  private newWorker(): Worker {
    const w = new Worker(this.entry.file, { eval: this.entry.eval ?? false });
    w.unref();
    return w;
  }

  /** A worker that stops (crash, exit) fails its jobs and is replaced by one that holds no case model. */
  private watch(slot: Slot): Slot {
    const w = slot.worker;
    w.on('message', (r: ExtractResponse) => {
      slot.restarts = 0;
      this.settle(r);
    });
    w.on('error', (error) => this.fail(slot, error));
    w.on('exit', (code) => {
      this.fail(slot, new Error(`The extraction worker stopped (exit code ${code}).`));
      if (this.closed || ++slot.restarts > MAX_RESTARTS) return;
      slot.worker = this.newWorker();
      slot.held = new Set();
      this.watch(slot);
      this.updateRefs();
    });
    return slot;
  }

  private fail(slot: Slot, error: Error): void {
    for (const [id, job] of this.pending) {
      if (job.slot !== slot) continue;
      this.pending.delete(id);
      job.reject(error);
    }
    this.updateRefs();
  }

  private settle(r: ExtractResponse): void {
    const job = this.pending.get(r.id);
    if (!job) return;
    // The worker dropped a case model the pool thought it held: send the job's models again, once.
    if (!r.ok && r.missing && !job.resent) {
      job.resent = true;
      for (const a of job.adaptations) job.slot.held.delete(a.key);
      this.send(job);
      return;
    }
    this.pending.delete(r.id);
    this.updateRefs();
    if (r.ok) job.resolve(r.extraction);
    else job.reject(new Error(r.message));
  }

  /** Sends a case model's bytes only to a worker not known to hold it; the worker caches it by key. */
  private send(job: Job): void {
    const { held, worker } = job.slot;
    const adaptations = job.adaptations.map((a) => (held.has(a.key) ? { key: a.key, language: a.language } : a));
    for (const a of job.adaptations) {
      if (held.has(a.key)) continue;
      evictOldest(held);
      held.add(a.key);
    }
    const req: ExtractRequest = { id: job.id, text: job.text, anchor: job.anchor, adaptations };
    worker.postMessage(req);
  }

  /** Idle workers must not keep the process alive; busy ones must, or an awaiting CLI would exit. */
  private updateRefs(): void {
    for (const { worker } of this.slots) {
      if (this.pending.size > 0) worker.ref();
      else worker.unref();
    }
  }

  extract(text: string, anchor: string | null, adaptations: AdaptationRef[] = []): Promise<Extraction> {
    const id = this.nextId++;
    const alive = this.slots.filter((s) => s.restarts <= MAX_RESTARTS);
    const slot = alive[this.turn++ % alive.length];
    if (!slot) return Promise.reject(new Error('The extraction workers stopped and could not be restarted.'));
    return new Promise((resolve, reject) => {
      const job: Job = { id, text, anchor, adaptations, slot, resent: false, resolve, reject };
      this.pending.set(id, job);
      this.updateRefs();
      this.send(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Extraction in `size` worker threads running `entry` (the bundled extractWorker, or its source in tests). */
export function createWorkerPool(entry: WorkerEntry, size: number): Extractor {
  return new WorkerPool(entry, size);
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
  return createWorkerPool({ file: script }, Math.max(1, Math.min(2, availableParallelism() - 1)));
}
