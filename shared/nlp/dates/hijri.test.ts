import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay, parseIsoDay, weekdayOf } from './calendar';
import { daysFromHijri, hijriFromDays, hijriMonthBounds, hijriYearBounds } from './hijri';

const iso = (days: number | null): string | null => (days === null ? null : formatDay(civilFromDays(days)));
const day = (s: string): number => daysFromCivil(parseIsoDay(s) ?? { year: 0, month: 0, day: 0 });

describe('Gregorian day numbers', () => {
  it('round-trips days and knows weekdays and leap years', () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(iso(daysFromCivil({ year: 2000, month: 2, day: 29 }))).toBe('2000-02-29');
    expect(weekdayOf(day('2020-05-20'))).toBe(3);
    expect(parseIsoDay('2019-02-29')).toBeNull();
    expect(parseIsoDay('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });
});

describe('Umm al-Qura conversion', () => {
  it.each([
    [1441, 9, 1, '2020-04-24'],
    [1440, 11, 20, '2019-07-23'],
    [1446, 1, 1, '2024-07-07'],
    [1436, 10, 18, '2015-08-03'],
    [1445, 9, 1, '2024-03-11'],
    [1400, 1, 1, '1979-11-21'],
  ])('%i-%i-%i AH is %s', (year, month, d, expected) => {
    expect(iso(daysFromHijri({ year, month, day: d }))).toBe(expected);
    expect(hijriFromDays(day(expected))).toEqual({ year, month, day: d });
  });
  it('rejects days a month does not have', () => {
    expect(daysFromHijri({ year: 1441, month: 2, day: 30 })).toBeNull();
    expect(daysFromHijri({ year: 1441, month: 13, day: 1 })).toBeNull();
  });
  it('round-trips every day of several years', () => {
    for (let d = day('2014-01-01'); d < day('2026-01-01'); d++) {
      const h = hijriFromDays(d);
      expect(h && daysFromHijri(h)).toBe(d);
    }
  });
  it('gives month and year bounds', () => {
    expect(hijriMonthBounds(1441, 9)?.map(iso)).toEqual(['2020-04-24', '2020-05-23']);
    expect(hijriYearBounds(1441)?.map(iso)).toEqual(['2019-08-31', '2020-08-19']);
  });
});
