/**
 * Ranges: "من 10 إلى 12 مايو", "10-12 مايو 2020", "between May 10 and 12", "May 10-12, 2020",
 * "from November 20 to December 11", "2019-2020", "عامي 2019 و2020", "شهري مايو ويونيو الماضيين".
 * The opener (من، بين, from, between) stays outside the span, like any preposition.
 */
import { isSym, isWord, keyAt, keyBefore, next, type ParseContext } from './cursor';
import type { Match } from './expr';
import { DASHES, DUAL_CUES, RANGE_AND, RANGE_OPENERS, RANGE_TO } from './lexicon';
import { CUED_YEARS, HIJRI_YEARS, inRange, parseCore, yearAfter, type CalendarExpr } from './parseCore';
import { parseDay, parseYear } from './parseParts';

interface Side {
  to: number;
  expr: CalendarExpr;
  /** A lone number (10 in "10-12 مايو"): takes its calendar from the other side. */
  bare: boolean;
}

const MAX_YEAR_SPAN = 50;

function parseSide(ctx: ParseContext, i: number): Side | null {
  const core = parseCore(ctx, i);
  if (core) return { ...core, bare: false };
  const year = parseYear(ctx, i);
  if (year?.calendar === 'unmarked') return { to: year.to, expr: { kind: 'gregorian', year: year.value }, bare: true };
  const day = parseDay(ctx, i);
  return day ? { to: day.to, expr: { kind: 'gregorian', day: day.value }, bare: true } : null;
}

/** A bare day on the right may carry the year: "May 10-12, 2020". */
function parseRightSide(ctx: ParseContext, i: number): Side | null {
  const side = parseSide(ctx, i);
  if (!side?.bare || side.expr.day === undefined) return side;
  const year = yearAfter(ctx, side.to, 'gregorian');
  return year ? { to: year.to, expr: { ...side.expr, year: year.value }, bare: true } : side;
}

const loneYear = (s: Side): boolean => s.bare && s.expr.day === undefined && s.expr.year !== undefined;

/** Index after the connector at j (و may be glued to the next word), or -1. */
function afterConnector(ctx: ParseContext, j: number, opener: 'to' | 'and' | undefined, dual: boolean, left: Side): number {
  if (opener !== 'and' && isSym(ctx, j, DASHES)) return j + 1;
  // Seasons and academic years: 2019/2020, 1435/1436هـ.
  if (!opener && isSym(ctx, j, '/') && loneYear(left)) return j + 1;
  if (opener !== 'and' && isWord(ctx, j, RANGE_TO)) return j + 1;
  if (opener === 'and' || dual) {
    if (isWord(ctx, j, RANGE_AND)) return j + 1;
    if (next(ctx, j)?.proclitic.startsWith('و')) return j;
  }
  return -1;
}

const FIELDS = ['year', 'month', 'day'] as const;

/** Completes each end from the other ("10-12 مايو": 10 takes May) and checks they match in shape. */
function join(left: Side, right: Side): Match['expr'] | null {
  const kind = left.bare ? right.expr.kind : left.expr.kind;
  if (!right.bare && right.expr.kind !== kind) return null;
  const from: CalendarExpr = { ...right.expr, ...left.expr, kind };
  const to: CalendarExpr = { ...left.expr, ...right.expr, kind };
  if (left.expr.day !== undefined && right.expr.day === undefined) return null;
  if (right.expr.day !== undefined && left.expr.day === undefined) return null;
  if (FIELDS.some((f) => (from[f] === undefined) !== (to[f] === undefined))) return null;
  if (from.month === undefined && from.year === undefined) return null;
  // A lone year only pairs with another year: not "2019 - May 2020".
  if ((loneYear(left) || loneYear(right)) && from.month !== undefined) return null;
  // Lone years must look like years of their calendar and come in order: 2019-2020, 1435/1436هـ.
  const plausible = kind === 'hijri' ? HIJRI_YEARS : CUED_YEARS;
  if ([left, right].some((s) => loneYear(s) && !inRange(s.expr.year ?? 0, plausible))) return null;
  const span = (to.year ?? 0) - (from.year ?? 0);
  if (from.month === undefined && (span <= 0 || span > MAX_YEAR_SPAN)) return null;
  return { kind: 'range', from, to };
}

export function parseRange(ctx: ParseContext, i: number): Match | null {
  const opener = RANGE_OPENERS.get(keyAt(ctx, i) ?? '');
  const start = opener ? i + 1 : i;
  const dual = DUAL_CUES.has(keyBefore(ctx, start) ?? '');
  const left = parseSide(ctx, start);
  if (!left) return null;
  const rightAt = afterConnector(ctx, left.to, opener, dual, left);
  const right = rightAt < 0 ? null : parseRightSide(ctx, rightAt);
  if (!right || (left.bare && right.bare && left.expr.day !== undefined)) return null;
  const expr = join(left, right);
  return expr ? { from: start, to: right.to, expr } : null;
}
