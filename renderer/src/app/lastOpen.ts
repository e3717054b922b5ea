import { parseStored } from '../lib/storedJson';
import { z } from 'zod';

/** The case and document open in the window, remembered per archive across reloads. */
export interface LastOpen {
  caseId: number;
  documentId: number | null;
}

const LastOpenSchema = z.object({ caseId: z.number().int().positive(), documentId: z.number().int().positive().nullable() });

/** Per archive: another archive's ids name other cases. */
export const lastOpenKey = (archiveId: string): string => `casefile.lastOpen.${archiveId}`;

/** The stored value, or null when there is none or it is not one of ours (hand edits, an older format). */
export function parseLastOpen(raw: string | null): LastOpen | null {
  return parseStored<LastOpen | null>(LastOpenSchema, raw, null);
}

/** What to reopen: the stored case while it still exists, else nothing (the first case opens as on a first start). */
export function restorable(last: LastOpen | null, caseIds: readonly number[]): LastOpen | null {
  return last !== null && caseIds.includes(last.caseId) ? last : null;
}
