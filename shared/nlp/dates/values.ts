/** Builders for DateValue, so every granularity is shaped the same way everywhere. */
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, formatMonth, formatYear } from './calendar';
import type { DateValue } from './types';

export function dayValue(days: number): DateValue {
  const iso = formatDay(civilFromDays(days));
  return { granularity: 'day', iso, start: iso, end: iso };
}

export function monthValue(year: number, month: number): DateValue {
  return {
    granularity: 'month',
    iso: formatMonth(year, month),
    start: formatDay({ year, month, day: 1 }),
    end: formatDay({ year, month, day: daysInMonth(year, month) }),
  };
}

export function yearValue(year: number): DateValue {
  return {
    granularity: 'year',
    iso: formatYear(year),
    start: formatDay({ year, month: 1, day: 1 }),
    end: formatDay({ year, month: 12, day: 31 }),
  };
}

/**
 * Joins two values into one range, each end in its own precision (2019/2020, 2020-05-10/2020-05-12);
 * null when the first starts after the second ends.
 */
export function rangeValue(from: DateValue, to: DateValue): DateValue | null {
  if (from.start > to.end) return null;
  const fromIso = from.granularity === 'range' ? from.start : from.iso;
  const toIso = to.granularity === 'range' ? to.end : to.iso;
  return { granularity: 'range', iso: `${fromIso}/${toIso}`, start: from.start, end: to.end };
}

/** A span of whole days (a week, a Hijri month) as a day-precision range. */
export function daysRangeValue(first: number, last: number): DateValue {
  return rangeValue(dayValue(first), dayValue(last)) ?? dayValue(first);
}

export function monthBounds(year: number, month: number): [number, number] {
  const first = daysFromCivil({ year, month, day: 1 });
  return [first, first + daysInMonth(year, month) - 1];
}
