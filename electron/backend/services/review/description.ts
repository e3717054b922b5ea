import { z } from 'zod';
import { MessageCodeSchema, type CodedText, type MessageCode } from '../../../../shared/i18n/messageCode';

/**
 * A changeset's description as stored: its English text and its code, as JSON in the one text
 * column, so each UI can word undo and redo in its language. Archives from before codes hold
 * plain English, which is shown as it is.
 */
const StoredSchema = z.object({ message: z.string(), messageCode: MessageCodeSchema });

export const encodeDescription = (d: CodedText): string => JSON.stringify(d);

export function decodeDescription(stored: string): { message: string; messageCode?: MessageCode } {
  if (!stored.startsWith('{')) return { message: stored };
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : { message: stored };
  } catch {
    return { message: stored };
  }
}

/** A name as a description quotes it: long ones are cut, the list of changes stays readable. */
export const shortName = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
