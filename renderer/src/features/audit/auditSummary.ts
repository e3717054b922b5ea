/** Audit entries carry whole rows before and after; a reader wants only what changed, in words. */

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ChangeSummary {
  kind: 'created' | 'deleted' | 'changed';
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

/** The fields that differ between before and after (all set fields when the row was created or deleted). */
export function summariseChange(before: unknown, after: unknown): ChangeSummary {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  const kind = b === null ? 'created' : a === null ? 'deleted' : 'changed';
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.test(k));
  const fields: FieldChange[] = [];
  for (const field of keys) {
    const was = showValue(b?.[field]);
    const now = showValue(a?.[field]);
    if (kind === 'changed' && JSON.stringify(b?.[field]) === JSON.stringify(a?.[field])) continue;
    if (kind !== 'changed' && was === null && now === null) continue;
    fields.push({ field, before: was, after: now });
  }
  return { kind, fields: fields.slice(0, MAX_FIELDS) };
}

/** "2026-11-29 18:40" from an ISO timestamp, in UTC so every reader sees the same figure. */
export function auditTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]}` : at;
}
