/** Picks the publication date from an article's header: the dateline most sites print on top. */
import { findDates } from './findDates';
import type { DateMention } from './types';

// Datelines sit in the title or the first lines; later dates are about events, not the article.
const HEADER_CHARS = 600;
const HEADER_LINES = 6;
const CUE = /(بتاريخ|نشر|تاريخ النشر|published|updated|posted|dated)\s*[:：]?\s*$/iu;
const PLAUSIBLE = { min: '1900-01-01', max: '2100-12-31' };

function header(text: string): string {
  const lines = text.slice(0, HEADER_CHARS).split('\n');
  return lines.slice(0, HEADER_LINES).join('\n');
}

/** Lower is better: a date alone on its line or after "نشر بتاريخ" beats one inside a sentence. */
function rank(text: string, m: DateMention): number {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', m.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(lineStart, m.start);
  const after = text.slice(m.end, lineEnd);
  if (CUE.test(before)) return 0;
  const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;
  // A weekday or a short label may sit beside the date on a dateline.
  return letters(before) + letters(after) <= 12 ? 1 : 2;
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
    if (m.value && (!best || r < best.rank)) best = { rank: r, iso: m.value.iso };
  }
  return best?.iso ?? null;
}
