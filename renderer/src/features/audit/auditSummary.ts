/** Audit entries carry whole rows before and after; a reader wants only what changed, in words. */

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ChangeSummary {
  kind: 'created' | 'deleted' | 'changed';
  /** What the row is about, as a reader names it: a mention's text, an entity's name, an alias. */
  subject: string | null;
  fields: FieldChange[];
}

// Bookkeeping columns: identical for every reader, or meaningless without a lookup.
const HIDDEN = /^(id|uid|origin|created_at|updated_at|.*_uid)$/;
const MAX_TEXT = 80;
const MAX_FIELDS = 8;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as short readable text: strings trimmed to a length, others as compact JSON; null for none. */
export function showValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The text a row with start/end offsets covers in the document, when the text is known. */
function spanText(row: Record<string, unknown> | null, text: string | undefined): string | null {
  if (!row || text === undefined || typeof row.start !== 'number' || typeof row.end !== 'number') return null;
  return text.slice(row.start, row.end);
}

function subjectOf(row: Record<string, unknown> | null, text: string | undefined): string | null {
  if (!row) return null;
  for (const key of ['name', 'alias']) if (typeof row[key] === 'string') return row[key];
  return spanText(row, text);
}

/**
 * The fields that differ between before and after (all set fields when the row was created or
 * deleted); with the document text, a changed span also shows the text it covered and covers now.
 */
export function summariseChange(before: unknown, after: unknown, documentText?: string): ChangeSummary {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  const kind = b === null ? 'created' : a === null ? 'deleted' : 'changed';
  const subject = subjectOf(a ?? b, documentText);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.test(k));
  const fields: FieldChange[] = [];
  for (const field of keys) {
    const was = showValue(b?.[field]);
    const now = showValue(a?.[field]);
    if (kind === 'changed' && JSON.stringify(b?.[field]) === JSON.stringify(a?.[field])) continue;
    if (kind !== 'changed' && was === null && now === null) continue;
    fields.push({ field, before: was, after: now });
  }
  const wasText = spanText(b, documentText);
  const nowText = spanText(a, documentText);
  if (kind === 'changed' && wasText !== nowText) fields.unshift({ field: 'text', before: showValue(wasText), after: showValue(nowText) });
  return { kind, subject: showValue(subject), fields: fields.slice(0, MAX_FIELDS) };
}

/** "2026-11-29 18:40" from an ISO timestamp, in UTC so every reader sees the same figure. */
export function auditTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]}` : at;
}
