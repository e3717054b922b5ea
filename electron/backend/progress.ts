import type { Progress } from '../../shared/domain/schemas';

export type ProgressListener = (p: Progress) => void;

export interface Operation {
  readonly id: string;
  readonly cancelled: boolean;
  /** Marks one more item done; `current` names what comes next (or was just done). */
  step(current: string | null): void;
  setTotal(total: number): void;
  finish(): void;
}

// At most this many progress events per second per operation; the last one always goes out.
const MIN_INTERVAL_MS = 100;

/** Running operations: their progress events and their cancellation flags. */
export class Operations {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();
  private counter = 0;

  constructor(private readonly emit: ProgressListener) {}

  start(kind: Progress['kind'], total: number, id?: string): Operation {
    const opId = id ?? `op-${Date.now().toString(36)}-${(this.counter++).toString(36)}`;
    this.running.add(opId);
    const startedAt = Date.now();
    let done = 0;
    let lastSent = 0;
    const emit = this.emit;
    const send = (current: string | null, finished: boolean) => {
      const now = Date.now();
      if (!finished && now - lastSent < MIN_INTERVAL_MS && done !== 0) return;
      lastSent = now;
      const seconds = (now - startedAt) / 1000;
      emit({ operationId: opId, kind, done, total, current, ratePerSecond: seconds > 0 ? done / seconds : 0, finished });
    };
    const { cancelled, running } = this;
    return {
      id: opId,
      get cancelled() {
        return cancelled.has(opId);
      },
      step(current) {
        done++;
        send(current, false);
      },
      setTotal(n) {
        total = n;
        send(null, false);
      },
      finish() {
        send(null, true);
        running.delete(opId);
        cancelled.delete(opId);
      },
    };
  }

  /** Asks a running operation to stop after the item it is working on. */
  cancel(id: string): boolean {
    if (!this.running.has(id)) return false;
    this.cancelled.add(id);
    return true;
  }
}
