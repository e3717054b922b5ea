/**
 * Calendar dates: numeric (2020-05-12, 12/5/2020), with month names (12 May 2020, May 12, 2020,
 * مايو/ أيار 2020), Hijri (20 ذي القعدة 1440هـ, رمضان 1441, 1441 هـ), years with a cue or an era
 * mark, an optional weekday in front, and a Hijri date joined to its Gregorian twin (الموافق).
 */
import { hasCue, isCasedOk, isSym, isWord, keyAt, next, skipSym, type ParseContext } from './cursor';
import type { CalendarFields, DateExpr } from './expr';
import { EQUIVALENCE_WORDS, GREGORIAN_SUFFIXES, HIJRI_SUFFIXES, SHIFT_AFTER, WEEKDAY_WORDS } from './lexicon';
import { parseDay, parseHijriMonth, parseMonth, parseOrdinalDay, parseYear, type Part, type YearPart } from './parseParts';

export type CalendarExpr = Extract<DateExpr, { kind: 'gregorian' | 'hijri' }>;

export interface CoreMatch {
  to: number;
  expr: CalendarExpr;
}

const COMMAS = new Set([',', '،']);
const NUMERIC_SEPARATORS = new Set(['/', '-', '.']);
const OF_WORDS = new Set(['of', 'من']);
// "13 فبراير سنة 2011", "21 شوال من عام 1436هـ"
const YEAR_WORDS = new Set(['سنه', 'عام', 'العام', 'لعام', 'لسنه']);
// Bare years need a cue and a plausible news range; Hijri years without هـ a plausible range too.
export const CUED_YEARS = { min: 1800, max: 2199 };
export const HIJRI_YEARS = { min: 1300, max: 1600 };

export const inRange = (n: number, r: { min: number; max: number }): boolean => n >= r.min && n <= r.max;

/** A year after a date part, optionally after a comma, in a compatible calendar. */
export function yearAfter(ctx: ParseContext, i: number, calendar: 'gregorian' | 'hijri'): YearPart | null {
  let j = skipSym(ctx, i, ',');
  if (keyAt(ctx, j) === 'من') j++;
  if (isWord(ctx, j, YEAR_WORDS)) j++;
  const year = parseYear(ctx, j);
  if (!year) return null;
  if (calendar === 'gregorian') return year.calendar === 'hijri' ? null : year;
  if (year.calendar === 'gregorian') return null;
  return year.calendar === 'hijri' || inRange(year.value, HIJRI_YEARS) ? year : null;
}

const gregorian = (to: number, fields: CalendarFields): CoreMatch => ({ to, expr: { kind: 'gregorian', ...fields } });

/** Attaches الماضي/المقبل to a date without a year (12 مايو الماضي, مارس المقبل). */
function withShift(ctx: ParseContext, m: CoreMatch): CoreMatch {
  const shift = SHIFT_AFTER.get(keyAt(ctx, m.to) ?? '');
  if (shift === undefined || m.expr.kind !== 'gregorian' || m.expr.year !== undefined) return m;
  return { to: m.to + 1, expr: { ...m.expr, shift } };
}

/** 2020-05-12, 12/5/2020, 1436/11/7هـ, 7-11-1436هـ (an era mark after the year picks the calendar). */
function parseNumeric(ctx: ParseContext, i: number): CoreMatch | null {
  const parts = [0, 1, 2, 3, 4].map((k) => next(ctx, i + k));
  const [a, s1, b, s2, c] = parts;
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (s1.kind !== 'sym' || !NUMERIC_SEPARATORS.has(s1.key) || s2.key !== s1.key) return null;
  // Spaces are common around slashes and dashes ("26 /9 /1436هـ"), never inside a decimal.
  if (s1.key === '.' && parts.slice(1).some((t) => t?.spaced)) return null;
  if (a.kind !== 'num' || b.kind !== 'num' || c.kind !== 'num' || b.digits > 2) return null;
  const hijri = isWord(ctx, i + 5, HIJRI_SUFFIXES);
  const to = hijri || isWord(ctx, i + 5, GREGORIAN_SUFFIXES) ? i + 6 : i + 5;
  const kind = hijri ? 'hijri' : 'gregorian';
  if (a.digits === 4 && c.digits <= 2) {
    return { to, expr: { kind, year: Number(a.key), month: Number(b.key), day: Number(c.key) } };
  }
  if (a.digits > 2 || c.digits !== 4) return null;
  const [x, y] = [Number(a.key), Number(b.key)];
  const monthFirst = !hijri && x <= 12 && y <= 12 ? ctx.language() === 'en' : y > 12;
  return { to, expr: { kind, year: Number(c.key), month: monthFirst ? x : y, day: monthFirst ? y : x } };
}

/** A day before a month name: "12", "12th of", "12 من", or in words "السابع من". */
function dayBeforeMonth(ctx: ParseContext, i: number): Part | null {
  const day = parseDay(ctx, i);
  const of = (to: number): boolean => isWord(ctx, to, OF_WORDS);
  if (day) return of(day.to) ? { to: day.to + 1, value: day.value } : day;
  const ordinal = parseOrdinalDay(ctx, i);
  return ordinal && of(ordinal.to) ? { to: ordinal.to + 1, value: ordinal.value } : null;
}

function parseDayFirst(ctx: ParseContext, i: number): CoreMatch | null {
  const day = dayBeforeMonth(ctx, i);
  if (!day) return null;
  const month = parseMonth(ctx, day.to);
  if (!month) return null;
  const year = yearAfter(ctx, month.to, 'gregorian');
  if (year) return gregorian(year.to, { day: day.value, month: month.value, year: year.value });
  return withShift(ctx, gregorian(month.to, { day: day.value, month: month.value }));
}

function parseMonthFirst(ctx: ParseContext, i: number): CoreMatch | null {
  const month = parseMonth(ctx, i);
  if (!month) return null;
  const day = parseDay(ctx, month.to);
  const year = yearAfter(ctx, day?.to ?? month.to, 'gregorian');
  if (day) {
    if (year) return gregorian(year.to, { month: month.value, day: day.value, year: year.value });
    return withShift(ctx, gregorian(day.to, { month: month.value, day: day.value }));
  }
  if (year) return gregorian(year.to, { month: month.value, year: year.value });
  const alone = withShift(ctx, gregorian(month.to, { month: month.value }));
  const cued = hasCue(ctx, i) || alone.to > month.to;
  return month.abbreviation || (month.ambiguous && !cued) ? null : alone;
}

function parseHijri(ctx: ParseContext, i: number): CoreMatch | null {
  const day = dayBeforeMonth(ctx, i);
  const month = parseHijriMonth(ctx, day?.to ?? i);
  const year = month ? yearAfter(ctx, month.to, 'hijri') : parseYear(ctx, i);
  const hijri = (to: number, fields: CalendarFields): CoreMatch => ({ to, expr: { kind: 'hijri', ...fields } });
  if (month && day) {
    const fields = { day: day.value, month: month.value };
    return year ? hijri(year.to, { ...fields, year: year.value }) : hijri(month.to, fields);
  }
  if (month) return year ? hijri(year.to, { month: month.value, year: year.value }) : null;
  return year?.calendar === 'hijri' ? hijri(year.to, { year: year.value }) : null;
}

function parseYearOnly(ctx: ParseContext, i: number): CoreMatch | null {
  const year = parseYear(ctx, i);
  if (!year || year.calendar === 'hijri') return null;
  // 1600م may be metres: an era mark alone is enough only for a plausible year.
  const plausible = inRange(year.value, CUED_YEARS);
  const dated = hasCue(ctx, i) ? year.calendar === 'gregorian' || plausible : year.calendar === 'gregorian' && plausible;
  return dated ? gregorian(year.to, { year: year.value }) : null;
}

const CORE_PARSERS = [parseNumeric, parseDayFirst, parseMonthFirst, parseHijri, parseYearOnly];

/** The longest calendar date starting at token i. */
export function parseCore(ctx: ParseContext, i: number): CoreMatch | null {
  let best: CoreMatch | null = null;
  for (const parse of CORE_PARSERS) {
    const m = parse(ctx, i);
    if (m && (!best || m.to > best.to)) best = m;
  }
  return best;
}

/** "الاثنين، 12 مايو", "Thursday, May 7, 2015": a weekday naming the same day as the date. */
function parseWithWeekday(ctx: ParseContext, i: number): CoreMatch | null {
  const t = next(ctx, i);
  const weekday = t && isCasedOk(t) ? WEEKDAY_WORDS.get(t.key) : undefined;
  if (weekday === undefined) return parseCore(ctx, i);
  let j = skipSym(ctx, i + 1, COMMAS);
  if (isWord(ctx, j, EQUIVALENCE_WORDS)) j++;
  const core = parseCore(ctx, j);
  if (!core?.expr.day) return null;
  return core.expr.kind === 'gregorian' ? { to: core.to, expr: { ...core.expr, weekday } } : core;
}

/** Prefers the Gregorian reading unless only the Hijri one names a day. */
function pickTwin(a: CalendarExpr, b: CalendarExpr): CalendarExpr {
  const [greg, hijri] = a.kind === 'gregorian' ? [a, b] : [b, a];
  return greg.day !== undefined || hijri.day === undefined ? greg : hijri;
}

/** "X هـ الموافق Y م", "Y (الموافق X هـ)", "1441هـ (2020م)": one date written in both calendars. */
function parseTwin(ctx: ParseContext, first: CoreMatch): CoreMatch | null {
  let j = first.to;
  const paren = isSym(ctx, j, '(');
  j = skipSym(ctx, j, paren ? '(' : COMMAS);
  const linked = isWord(ctx, j, EQUIVALENCE_WORDS);
  if (!linked && !paren) return null;
  if (linked) j++;
  if (keyAt(ctx, j) === 'ل') j++;
  const second = parseWithWeekday(ctx, j);
  if (!second || second.expr.kind === first.expr.kind) return null;
  const to = paren ? (isSym(ctx, second.to, ')') ? second.to + 1 : -1) : second.to;
  return to < 0 ? null : { to, expr: pickTwin(first.expr, second.expr) };
}

/** A calendar date with its optional weekday and calendar twin. */
export function parseDated(ctx: ParseContext, i: number): CoreMatch | null {
  const first = parseWithWeekday(ctx, i);
  if (!first) return null;
  return parseTwin(ctx, first) ?? first;
}
