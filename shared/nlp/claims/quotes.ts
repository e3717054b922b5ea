/** Pairs quotation marks within each paragraph: «», “”, and the undirected ASCII ". */
import { partitionPoint } from '../partitionPoint';
import type { Range } from './textUnits';

export type Quote = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends first. */
  close: number | null;
};

const PAIRS: Record<string, string> = { '«': '»', '“': '”' };
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/**
 * ASCII quotes toggle, except that a mark glued to a word on its left only (word" ) while
 * nothing is open is a stray closer and is ignored, so one unbalanced mark does not flip every
 * later pair in the paragraph.
 */
function asciiQuotes(text: string, para: Range): Quote[] {
  const out: Quote[] = [];
  let open: number | null = null;
  for (let i = para.start; i < para.end; i++) {
    if (text[i] !== '"') continue;
    const pureCloser = isWordAt(text, i - 1) && !isWordAt(text, i + 1);
    if (open === null) {
      if (!pureCloser) open = i;
    } else {
      out.push({ open, close: i });
      open = null;
    }
  }
  if (open !== null) out.push({ open, close: null });
  return out;
}

function directionalQuotes(text: string, para: Range): Quote[] {
  const out: Quote[] = [];
  for (let i = para.start; i < para.end; i++) {
    const closer = PAIRS[text[i]!];
    if (!closer) continue;
    const j = text.indexOf(closer, i + 1);
    const close = j >= 0 && j < para.end ? j : null;
    out.push({ open: i, close });
    if (close === null) break;
    i = close;
  }
  return out;
}

export function findQuotes(text: string, paragraphs: Range[]): Quote[] {
  const out: Quote[] = [];
  for (const para of paragraphs) out.push(...directionalQuotes(text, para), ...asciiQuotes(text, para));
  return out.sort((a, b) => a.open - b.open);
}

export const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);

const byOpen = new WeakMap<Quote[], Map<number, Quote>>();

export function quoteOpeningAt(quotes: Quote[], offset: number): Quote | undefined {
  let index = byOpen.get(quotes);
  if (!index) {
    index = new Map(quotes.map((q) => [q.open, q]));
    byOpen.set(quotes, index);
  }
  return index.get(offset);
}

/** Quotes opening before offset, nearest first, a few at most: pairs rarely nest deeper. */
function openedBefore(quotes: Quote[], offset: number): Quote[] {
  const lo = partitionPoint(quotes, (q) => q.open < offset);
  return quotes.slice(Math.max(0, lo - 6), lo).reverse();
}

/** The closed quote strictly containing offset, if any. */
export function enclosingQuote(quotes: Quote[], offset: number): Quote | undefined {
  return openedBefore(quotes, offset).find((q) => q.close !== null && offset < q.close);
}

/** The closed quote ending just before offset on the same line, with only spaces and commas between: `"...", X said`. */
export function quoteEndingBefore(text: string, quotes: Quote[], offset: number): Quote | undefined {
  return openedBefore(quotes, offset).find((q) => q.close !== null && q.close < offset && /^[ \t,،]*$/.test(text.slice(q.close + 1, offset)));
}

/**
 * The quote opening at offset when it holds the whole content: it is closed at the clause end
 * ("...". or "...", he said), not a quoted word that the sentence goes on from ("X" arrived ...).
 */
export function contentQuoteAt(text: string, quotes: Quote[], offset: number): Quote | undefined {
  const q = quoteOpeningAt(quotes, offset);
  if (!q || q.close === null) return q;
  return /^\s*([^\p{L}\p{N}\s]|$)/u.test(text.slice(q.close + 1, q.close + 3)) ? q : undefined;
}
