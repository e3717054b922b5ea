/** Turns a matched expression into a DateValue, using the anchor (day number) when it needs one. */
import { civilFromDays, daysFromCivil, isValidDate, weekdayOf, type CivilDate } from './calendar';
import type { CalendarFields, DateExpr } from './expr';
import { daysFromHijri, hijriFromDays, hijriMonthBounds, hijriYearBounds } from './hijri';
import type { AgoUnit, Shift, Unit } from './lexicon';
import type { DateValue } from './types';
import { dayValue, daysRangeValue, monthValue, rangeValue, yearValue } from './values';

type GregorianExpr = Extract<DateExpr, { kind: 'gregorian' }>;

/** Whether the expression means nothing without an anchor. */
export function isRelative(expr: DateExpr): boolean {
  switch (expr.kind) {
    case 'gregorian':
    case 'hijri':
      return expr.year === undefined;
    case 'range':
      return isRelative(expr.from) || isRelative(expr.to);
    default:
      return true;
  }
}

/** The year for a month (and day) given without one: this year, or the one shift points to. */
function yearFor(expr: GregorianExpr, anchor: CivilDate): number {
  const month = expr.month ?? 1;
  const day = expr.day ?? (expr.shift === -1 ? 31 : 1);
  const key = month * 100 + day;
  const anchorKey = anchor.month * 100 + anchor.day;
  if (expr.shift === -1 && key >= anchorKey) return anchor.year - 1;
  if (expr.shift === 1 && key <= anchorKey) return anchor.year + 1;
  if (expr.weekday !== undefined && expr.day !== undefined) {
    // "الخميس 7 مايو": the nearby year in which that day is that weekday.
    const fits = (year: number): boolean => weekdayOf(daysFromCivil({ year, month, day })) === expr.weekday;
    return [anchor.year, anchor.year - 1, anchor.year + 1].find(fits) ?? anchor.year;
  }
  return anchor.year;
}

function resolveGregorian(expr: GregorianExpr, anchor: number | null): DateValue | null {
  let year = expr.year;
  if (year === undefined) {
    if (anchor === null || expr.month === undefined) return null;
    year = yearFor(expr, civilFromDays(anchor));
  }
  if (expr.month === undefined) return yearValue(year);
  if (expr.day === undefined) return expr.month >= 1 && expr.month <= 12 ? monthValue(year, expr.month) : null;
  const date = { year, month: expr.month, day: expr.day };
  return isValidDate(date) ? dayValue(daysFromCivil(date)) : null;
}

/** A Hijri day or month without a year: the occurrence nearest the anchor. */
function nearestHijriYear(fields: CalendarFields, anchor: number): number | null {
  const year = hijriFromDays(anchor)?.year;
  if (year === undefined) return null;
  const distance = (y: number): number => {
    const days = daysFromHijri({ year: y, month: fields.month ?? 1, day: fields.day ?? 1 });
    return days === null ? Infinity : Math.abs(days - anchor);
  };
  return [year, year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

function resolveHijri(fields: CalendarFields, anchor: number | null): DateValue | null {
  const year = fields.year ?? (anchor === null ? null : nearestHijriYear(fields, anchor));
  if (year === null) return null;
  if (fields.month === undefined) {
    const bounds = hijriYearBounds(year);
    return bounds && daysRangeValue(...bounds);
  }
  if (fields.day === undefined) {
    const bounds = hijriMonthBounds(year, fields.month);
    return bounds && daysRangeValue(...bounds);
  }
  const days = daysFromHijri({ year, month: fields.month, day: fields.day });
  return days === null ? null : dayValue(days);
}

/** The week, month or year `shift` units from the anchor's; weeks run Monday to Sunday (ISO 8601). */
function resolveUnitShift(unit: Unit, shift: number, anchor: number): DateValue {
  const { year, month } = civilFromDays(anchor);
  if (unit === 'year') return yearValue(year + shift);
  if (unit === 'month') {
    const index = year * 12 + (month - 1) + shift;
    return monthValue(Math.floor(index / 12), (index % 12) + 1);
  }
  const monday = anchor - ((weekdayOf(anchor) + 6) % 7) + 7 * shift;
  return daysRangeValue(monday, monday + 6);
}

function resolveWeekday(weekday: number, shift: Shift | undefined, anchor: number): DateValue {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  if (shift === undefined) return dayValue(anchor - back);
  if (shift === -1) return dayValue(anchor - (back || 7));
  if (shift === 1) return dayValue(anchor + ((7 - back) % 7 || 7));
  const monday = anchor - ((weekdayOf(anchor) + 6) % 7);
  return dayValue(monday + ((weekday + 6) % 7));
}

function resolveAgo(unit: AgoUnit, count: number, anchor: number): DateValue {
  if (unit === 'day' || unit === 'week') return dayValue(anchor - count * (unit === 'week' ? 7 : 1));
  return resolveUnitShift(unit, -count, anchor);
}

/** anchor: day number since 1970-01-01, or null when the document has no date. */
export function resolveExpr(expr: DateExpr, anchor: number | null): DateValue | null {
  switch (expr.kind) {
    case 'gregorian':
      return resolveGregorian(expr, anchor);
    case 'hijri':
      return resolveHijri(expr, anchor);
    case 'range': {
      const from = resolveExpr(expr.from, anchor);
      const to = resolveExpr(expr.to, anchor);
      return from && to && rangeValue(from, to);
    }
    case 'offset':
      return anchor === null ? null : dayValue(anchor + expr.days);
    case 'weekday':
      return anchor === null ? null : resolveWeekday(expr.weekday, expr.shift, anchor);
    case 'unit':
      return anchor === null ? null : resolveUnitShift(expr.unit, expr.shift, anchor);
    case 'ago':
      return anchor === null ? null : resolveAgo(expr.unit, expr.count, anchor);
  }
}
