/** The date finder: one left-to-right pass over tokens, longest match at each position. */
import { detectLanguage } from '../langid';
import { daysFromCivil, parseIsoDay } from './calendar';
import type { ParseContext } from './cursor';
import type { Match } from './expr';
import { KNOWN_WORDS } from './lexicon';
import { parseDated } from './parseCore';
import { parseRange } from './parseRange';
import { parseRelative } from './parseRelative';
import { isRelative, resolveExpr } from './resolve';
import { spanOf, tokenizeForDates } from './tokens';
import type { DateLanguage, DateMention, DateValue, FindDatesOptions } from './types';

function anchorDays(anchor: string | null | undefined): number | null {
  const date = anchor ? parseIsoDay(anchor) : null;
  return date ? daysFromCivil(date) : null;
}

function contextFor(text: string, language: DateLanguage | undefined, lenient: boolean): ParseContext {
  let known = language;
  return {
    text: tokenizeForDates(text),
    tokens: [],
    language: () => (known ??= detectLanguage(text) === 'en' ? 'en' : 'ar'),
    lenient,
  };
}

function longestAt(ctx: ParseContext, i: number): Match | null {
  const t = ctx.tokens[i];
  if (!t || t.kind === 'sym' || (t.kind === 'word' && !KNOWN_WORDS.has(t.key))) return null;
  const dated = parseDated(ctx, i);
  const candidates = [dated && { from: i, ...dated }, parseRange(ctx, i), parseRelative(ctx, i)];
  let best: Match | null = null;
  for (const m of candidates) if (m && (!best || m.to > best.to)) best = m;
  return best;
}

function scanLine(ctx: ParseContext, anchor: number | null, mentions: DateMention[]): void {
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const m = longestAt(ctx, i);
    if (!m) {
      i++;
      continue;
    }
    const relative = isRelative(m.expr);
    const value = resolveExpr(m.expr, anchor);
    // A date that names no real day (31/2/2020, or 30 فبراير given an anchor) is skipped whole.
    if (!value && (!relative || anchor !== null)) {
      i = m.to;
      continue;
    }
    const first = tokens[m.from];
    const last = tokens[m.to - 1];
    if (first && last) {
      const { start, end } = spanOf(ctx.text, first, last);
      mentions.push({ start, end, text: ctx.text.original.slice(start, end), value, relative });
    }
    i = m.to;
  }
}

function scan(ctx: ParseContext, anchor: number | null): DateMention[] {
  const mentions: DateMention[] = [];
  for (const tokens of ctx.text.lines) scanLine({ ...ctx, tokens }, anchor, mentions);
  return mentions;
}

/** Every date expression in text, with offsets into text and values resolved against the anchor. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return scan(contextFor(text, options.language, false), anchorDays(options.anchor));
}

/**
 * The value of a stored mention for another anchor (the user corrected the publication date).
 * Absolute mentions keep their value; relative ones are read again from their text.
 */
export function resolveDate(
  mention: Pick<DateMention, 'text' | 'value' | 'relative'>,
  anchor: string | null | undefined,
  language?: DateLanguage,
): DateValue | null {
  if (!mention.relative) return mention.value;
  const [whole] = scan(contextFor(mention.text, language, true), anchorDays(anchor));
  return whole && whole.start === 0 && whole.end === mention.text.length ? whole.value : null;
}
