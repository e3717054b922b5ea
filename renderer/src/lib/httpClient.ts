import type { CasefileClient } from '../../../shared/ipc/client';
import { events, type Channel, type EventName, type EventPayload, type Input, type Output } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

type Listener = (payload: unknown) => void;

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}

/** Turns any HTTP answer into a Result, so callers handle one shape whatever went wrong. */
export async function readResult(response: Response): Promise<Result<never> | Result<unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}: the server did not answer with JSON` } };
  }
  if (isResult(body)) return body;
  return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}: unexpected answer from the server` } };
}

/** The CasefileClient for `casefile serve`: POST /api/invoke/<channel>, events over SSE. */
export function createHttpClient(token: string): CasefileClient {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  function ensureSource(): EventSource {
    if (source) return source;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of Object.keys(events) as EventName[]) {
      source.addEventListener(name, (message) => {
        let data: unknown;
        try {
          data = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        const parsed = events[name].safeParse(data);
        if (!parsed.success) return;
        for (const listener of listeners.get(name) ?? []) listener(parsed.data);
      });
    }
    return source;
  }

  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      try {
        const response = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
        // The host validated the output against the contract; the envelope shape was checked above.
        return (await readResult(response)) as Result<Output<C>>;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: `Cannot reach the Casefile server: ${message}` } };
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      ensureSource();
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      const wrapped = listener as Listener;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
