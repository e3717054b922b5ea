import { z } from 'zod';
import { coded, MessageCodeSchema, type MessageCode } from '../i18n/messageCode';
import type { MessageKey, Params } from '../i18n/translate';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported',
  'archive_newer',
  'archive_invalid',
  'cancelled',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** messageCode lets the UI word the error in its language; message stays the English text. */
export const AppErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string(), messageCode: MessageCodeSchema.optional() });
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, messageCode?: MessageCode): Result<never> => ({
  ok: false,
  error: messageCode ? { code, message, messageCode } : { code, message },
});

/** An error a user can cause: shown in their language from messageCode, else as its English message. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageCode?: MessageCode,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /**
   * An error worded by a dictionary entry, for the UI's language. `english` replaces the entry's
   * English text where logs should keep more detail (a library's own error).
   */
  static coded(code: ErrorCode, key: MessageKey, params?: Params, english?: string): UserError {
    const c = coded(key, params);
    return new UserError(code, english ?? c.message, c.messageCode);
  }
}
