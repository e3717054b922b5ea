import type { AppInfo, Progress } from '../../shared/domain/schemas';
import type { Channel, EventName, EventPayload, Input, Output } from '../../shared/ipc/contract';
import { UserError, type Result } from '../../shared/ipc/result';
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
  /** invoke for in-process callers: the output typed, an error Result thrown as a UserError. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
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
  const invoke = (channel: unknown, input: unknown) => dispatch(handlers, channel, input);
  return {
    ctx,
    handlers,
    invoke,
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const result = await invoke(channel, input);
      if (!result.ok) throw new UserError(result.error.code, result.error.message, result.error.messageCode);
      return result.value as Output<C>;
    },
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
