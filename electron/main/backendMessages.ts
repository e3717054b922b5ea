import type { Result } from '../../shared/ipc/result';

/** Messages between Electron main and the back-end utility process. */
export type ToBackend = { type: 'invoke'; id: number; channel: string; input: unknown };
export type FromBackend =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown };
