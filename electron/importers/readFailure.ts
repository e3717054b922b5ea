import { UserError } from '../../shared/ipc/result';

/** An unexpected failure while reading a file: the user learns just that, the log keeps the cause. */
export function unreadable(error: unknown, cause = error instanceof Error ? error.message : String(error)): UserError {
  return UserError.coded('invalid_input', 'msg.import.unreadable', {}, `The file could not be read (${cause}).`);
}
