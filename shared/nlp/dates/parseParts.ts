/** Parsers for the pieces of a date: day number, year, month name (with its pair), Hijri month. */
import { isCasedOk, isSym, isWord, next, type ParseContext } from './cursor';
import {
  GREGORIAN_SUFFIXES, HIJRI_MONTH_WORDS, HIJRI_SECOND_WORDS, HIJRI_SUFFIXES, MONTH_SECOND_WORDS, MONTH_WORDS,
  ORDINAL_DAYS, ORDINAL_SUFFIXES, ORDINAL_TENS,
} from './lexicon';

export interface Part {
  to: number;
  value: number;
}

export interface MonthPart extends Part {
  /** Needs a day, a year or a cue to count (see MonthWord.ambiguous). */
  ambiguous: boolean;
  abbreviation: boolean;
}

export interface YearPart extends Part {
  calendar: 'gregorian' | 'hijri' | 'unmarked';
}

/** 1-31, with an English ordinal suffix (12th) attached. */
export function parseDay(ctx: ParseContext, i: number): Part | null {
  const t = next(ctx, i);
  if (t?.kind !== 'num' || t.digits > 2) return null;
  const value = Number(t.key);
  if (value < 1 || value > 31) return null;
  const suffix = next(ctx, i + 1);
  const hasSuffix = suffix?.kind === 'word' && !suffix.spaced && ORDINAL_SUFFIXES.has(suffix.key);
  return { to: hasSuffix ? i + 2 : i + 1, value };
}

/** An ordinal day in words: السابع، الحادي عشر، الثاني والعشرين. */
export function parseOrdinalDay(ctx: ParseContext, i: number): Part | null {
  const units = ORDINAL_DAYS.get(next(ctx, i)?.key ?? '');
  if (units === undefined) return null;
  const after = next(ctx, i + 1);
  const tens = units < 10 && after ? ORDINAL_TENS.get(after.key) : undefined;
  const joined = tens !== undefined && (tens === 10) === (after?.proclitic === '');
  return joined && tens !== undefined ? { to: i + 2, value: units + tens } : { to: i + 1, value: units };
}

/** A four-digit year with an optional era mark: 2019م, 1441 هـ, 1441 هجرية. */
export function parseYear(ctx: ParseContext, i: number): YearPart | null {
  const t = next(ctx, i);
  if (t?.kind !== 'num' || t.digits !== 4) return null;
  const value = Number(t.key);
  if (isWord(ctx, i + 1, GREGORIAN_SUFFIXES)) return { to: i + 2, value, calendar: 'gregorian' };
  if (isWord(ctx, i + 1, HIJRI_SUFFIXES)) return { to: i + 2, value, calendar: 'hijri' };
  return { to: i + 1, value, calendar: 'unmarked' };
}

/** A name from `single`, or a two-word name whose first word keys `double` (كانون الثاني). */
function parseName(
  ctx: ParseContext,
  i: number,
  single: ReadonlyMap<string, number>,
  double: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Part | null {
  const t = next(ctx, i);
  if (t?.kind !== 'word') return null;
  const second = double.get(t.key)?.get(next(ctx, i + 1)?.key ?? '');
  if (second !== undefined) return { to: i + 2, value: second };
  const value = single.get(t.key);
  return value === undefined ? null : { to: i + 1, value };
}

const MONTH_NUMBERS = new Map([...MONTH_WORDS].map(([name, w]) => [name, w.month]));

function parseOneMonth(ctx: ParseContext, i: number): MonthPart | null {
  const part = parseName(ctx, i, MONTH_NUMBERS, MONTH_SECOND_WORDS);
  const t = next(ctx, i);
  if (!part || !t || !isCasedOk(t)) return null;
  const word = part.to === i + 1 ? MONTH_WORDS.get(t.key) : undefined;
  const abbreviation = word?.abbreviation ?? false;
  const to = abbreviation && isSym(ctx, part.to, '.') ? part.to + 1 : part.to;
  return { to, value: part.value, ambiguous: word?.ambiguous ?? false, abbreviation };
}

// Not commas: "مارس، ومارس" is a list, not a pair.
const PAIR_OPENERS = new Set(['/', '(', '-', '–']);

/**
 * A month name, possibly paired with its name in another system: "مايو/ أيار", "يونيو (حزيران)",
 * "أيار مايو". A pair is never ambiguous.
 */
export function parseMonth(ctx: ParseContext, i: number): MonthPart | null {
  const first = parseOneMonth(ctx, i);
  if (!first) return null;
  const opener = isSym(ctx, first.to, PAIR_OPENERS) ? next(ctx, first.to)?.key : undefined;
  const secondAt = opener ? first.to + 1 : first.to;
  const second = parseOneMonth(ctx, secondAt);
  if (!second || second.value !== first.value || second.abbreviation) return first;
  if (opener === '(') {
    return isSym(ctx, second.to, ')') ? { ...first, to: second.to + 1, ambiguous: false } : first;
  }
  return { ...first, to: second.to, ambiguous: false };
}

export function parseHijriMonth(ctx: ParseContext, i: number): Part | null {
  return parseName(ctx, i, HIJRI_MONTH_WORDS, HIJRI_SECOND_WORDS);
}
