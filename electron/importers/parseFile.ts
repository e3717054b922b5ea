import type { MessageCode } from '../../shared/i18n/messageCode';
import { UserError, type ErrorCode } from '../../shared/ipc/result';
import { unreadable } from './readFailure';
import { importerFor } from './registry';
import type { ParseOptions, ParseResult } from './types';

/** Parses one file on this thread: the worker's job, also used directly where no worker is wanted. */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParseResult & { format: string }> {
  if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
  const importer = importerFor(fileName, bytes);
  return { ...(await importer.parse(bytes, fileName, options)), format: importer.format };
}

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: ParseOptions;
}

export type ParseResponse = { id: number; ok: true; result: ParseResult & { format: string } } | { id: number; ok: false; code: ErrorCode; message: string; messageCode?: MessageCode };

/** Turns any thrown value into a response a user can read. */
export function failureOf(id: number, error: unknown): ParseResponse {
  const e = error instanceof UserError ? error : unreadable(error);
  return { id, ok: false, code: e.code, message: e.message, messageCode: e.messageCode };
}
