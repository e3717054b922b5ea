import type { Channel, EventName, EventPayload, Input, Output } from './contract';
import type { Result } from './result';

/** What every host gives the renderer: window.casefile in Electron, an HTTP client under serve. */
export interface CasefileClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
