/** Trims a content span to what was said: no spaces, final punctuation or enclosing quotes. */
import { QUOTE_MARKS } from './quotes';

const TRAILING = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '-', '–', '—']);
const LEADING = new Set(['،', ',', '؛', ';', ':', '-', '–', '—']);
const OPENERS = new Set(['«', '“']);
const CLOSERS = new Set(['»', '”']);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Whether the span [start, end) has an opening mark still unclosed at its end. */
function hasOpenQuote(text: string, start: number, end: number): boolean {
  let ascii = 0;
  let directional = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '"') ascii++;
    else if (OPENERS.has(ch)) directional++;
    else if (CLOSERS.has(ch)) directional--;
  }
  return ascii % 2 === 1 || directional > 0;
}

/**
 * A closing mark right after the last word stays when it balances a mark inside the span
 * (تنظيم "داعش"); otherwise marks and punctuation at either end are dropped.
 */
export function trimContent(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  for (;;) {
    while (e > s && isSpace(text[e - 1])) e--;
    const last = text[e - 1];
    if (e <= s || last === undefined) return null;
    if (TRAILING.has(last)) {
      e--;
      continue;
    }
    if (QUOTE_MARKS.has(last) && !hasOpenQuote(text, s, e - 1)) {
      e--;
      continue;
    }
    // Marks enclosing the whole span go together: "الوضع مستقر."
    const first = text.slice(s).search(/\S/) + s;
    if (QUOTE_MARKS.has(last) && QUOTE_MARKS.has(text[first]!) && first < e - 1 && !hasOpenQuote(text, first + 1, e - 1)) {
      s = first + 1;
      e--;
      continue;
    }
    break;
  }
  for (;;) {
    while (s < e && isSpace(text[s])) s++;
    const first = text[s];
    if (first === undefined || s >= e) return null;
    if (LEADING.has(first) || (QUOTE_MARKS.has(first) && hasOpenQuote(text, s, e))) {
      s++;
      continue;
    }
    break;
  }
  return e > s ? [s, e] : null;
}
