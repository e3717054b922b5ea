/** Picks the publication date from an article's header: the dateline most sites print on top. */
import { findDates } from './findDates';
import type { DateMention } from './types';

// Datelines sit in the title or the first lines; later dates are about events, not the article.
const HEADER_CHARS = 600;
const HEADER_LINES = 6;
const CUE = /(بتاريخ|نشر|تاريخ النشر|published|updated|posted|dated)\s*[:：]?\s*$/iu;
const PLAUSIBLE = { min: '1900-01-01', max: '2100-12-31' };
// Letters a dateline may carry beside its date: "الرياض -", "Updated:".
const DATELINE_LETTERS = 12;
const CUE_LETTERS = 12;

function header(text: string): string {
  const lines = text.slice(0, HEADER_CHARS).split('\n');
  return lines.slice(0, HEADER_LINES).join('\n');
}

/**
 * 0 for "نشر بتاريخ" + date on a short line, 1 for a date that leads its line or stands nearly
 * alone on it (beside a place or a label), null inside running text, where a date is about an
 * event rather than the article.
 */
function rank(text: string, m: DateMention): number | null {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', m.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(lineStart, m.start);
  const after = text.slice(m.end, lineEnd);
  const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;
  const short = letters(before) + letters(after) <= DATELINE_LETTERS + CUE_LETTERS;
  if (short && CUE.test(before)) return 0;
  return letters(before) === 0 || letters(before) + letters(after) <= DATELINE_LETTERS ? 1 : null;
}

/** YYYY-MM-DD of the most plausible publication date in the header, or null. */
export function findPublicationDate(text: string): string | null {
  const head = header(text);
  const candidates = findDates(head).filter(
    (m) => !m.relative && m.value?.granularity === 'day' && m.value.iso >= PLAUSIBLE.min && m.value.iso <= PLAUSIBLE.max,
  );
  let best: { rank: number; iso: string } | null = null;
  for (const m of candidates) {
    const r = rank(head, m);
    if (r !== null && m.value && (!best || r < best.rank)) best = { rank: r, iso: m.value.iso };
  }
  return best?.iso ?? null;
}
