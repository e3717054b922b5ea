import { UserError, type ErrorCode } from '../../shared/ipc/result';
import { importerFor } from './registry';
import type { ParseOptions, ParseResult } from './types';

/** Parses one file on this thread: the worker's job, also used directly where no worker is wanted. */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParseResult & { format: string }> {
  if (bytes.byteLength === 0) throw new UserError('invalid_input', 'The file is empty.');
  const importer = importerFor(fileName, bytes);
  return { ...(await importer.parse(bytes, fileName, options)), format: importer.format };
}

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: ParseOptions;
}

export type ParseResponse = { id: number; ok: true; result: ParseResult & { format: string } } | { id: number; ok: false; code: ErrorCode; message: string };

/** Turns any thrown value into a response a user can read. */
export function failureOf(id: number, error: unknown): ParseResponse {
  if (error instanceof UserError) return { id, ok: false, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { id, ok: false, code: 'invalid_input', message: `The file could not be read (${message}).` };
}
