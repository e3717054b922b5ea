/** The only module that touches window.casefile: picks the Electron client or the HTTP one. */
// window.casefile is typed by the global declaration in electron/preload/api.d.ts.
import type { CasefileClient } from '../../../shared/ipc/client';
import type { Channel, EventName, EventPayload, Input, Output } from '../../../shared/ipc/contract';
import type { MessageCode } from '../../../shared/i18n/messageCode';
import type { ErrorCode } from '../../../shared/ipc/result';
import { createHttpClient } from './httpClient';
import { takeSessionToken } from './sessionToken';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The message as a code and parameters, for the UI's language (the English is `message`). */
    readonly messageCode?: MessageCode,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function pickClient(): CasefileClient | null {
  if (window.casefile) return window.casefile;
  const token = takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  return token ? createHttpClient(token) : null;
}

const client = pickClient();

export const isConnected = (): boolean => client !== null;

/** Calls a channel and returns its value; a failed Result becomes an ApiError carrying the server's message. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  if (!client) throw new ApiError('forbidden', 'Not connected to an archive.');
  const result = await client.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.messageCode);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return client ? client.on(event, listener) : () => undefined;
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
