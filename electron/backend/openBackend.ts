import type { AppInfo, Progress } from '../../shared/domain/schemas';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { openArchive, type OpenArchiveOptions } from '../db/connection';
import { createHandlers, type Handlers } from './backend';
import { createContext, type BackendContext } from './context';
import { dispatch } from './dispatch';
import { VERSION } from './version';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** An open back end: the archive, the handlers, and the events they emit. Hosts wrap this. */
export interface Backend {
  ctx: BackendContext;
  handlers: Handlers;
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: EventListener): () => void;
  emit: EventListener;
  close(): void;
}

export function openBackend(archivePath: string, host: AppInfo['host'], options: OpenArchiveOptions = {}): Backend {
  const archive = openArchive(archivePath, options);
  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => {
    for (const l of listeners) l(event, payload);
  };
  const ctx = createContext({ archive, host, version: VERSION, onProgress: (p: Progress) => emit('app:progress', p) });
  const handlers = createHandlers(ctx);
  return {
    ctx,
    handlers,
    invoke: (channel, input) => dispatch(handlers, channel, input),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    close: () => {
      void ctx.close();
      archive.close();
    },
  };
}
