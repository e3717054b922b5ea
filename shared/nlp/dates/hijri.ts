/**
 * Umm al-Qura (Saudi) Hijri calendar. Intl can format a day in this calendar but cannot parse
 * one, so a Hijri date is converted by formatting candidate days and stepping toward the target
 * from an estimate made with the tabular Islamic calendar (never more than a few days off).
 */

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const MEAN_MONTH = 29.530588;
// Day number (since 1970-01-01) of 1 Muharram 1 AH in the tabular calendar (16 July 622 Julian).
const TABULAR_EPOCH = -492148;
const MAX_STEPS = 8;

let formatter: Intl.DateTimeFormat | null | undefined;

/** null where the runtime's ICU lacks the calendar (it would silently fall back to Gregorian). */
function umalqura(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  }
  return formatter;
}

/** The Hijri date of a day number, or null when the calendar is unavailable. */
export function hijriFromDays(days: number): HijriDate | null {
  const parts = umalqura()?.formatToParts(new Date(days * MS_PER_DAY));
  if (!parts) return null;
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function tabularEstimate({ year, month, day }: HijriDate): number {
  const monthsBefore = (year - 1) * 12 + (month - 1);
  return TABULAR_EPOCH + Math.round(monthsBefore * MEAN_MONTH) + day - 1;
}

/** Day number of a Hijri date, or null when that day does not exist (30th of a 29-day month). */
export function daysFromHijri(target: HijriDate): number | null {
  if (target.month < 1 || target.month > 12 || target.day < 1 || target.day > 30) return null;
  let days = tabularEstimate(target);
  for (let step = 0; step < MAX_STEPS; step++) {
    const got = hijriFromDays(days);
    if (!got) return null;
    const monthGap = (target.year - got.year) * 12 + (target.month - got.month);
    const diff = Math.round(monthGap * MEAN_MONTH) + target.day - got.day;
    if (monthGap === 0 && diff === 0) return days;
    // A gap that rounds to nothing means the target day falls between two real days.
    if (diff === 0) return null;
    days += diff;
  }
  return null;
}

/** First and last day numbers of a Hijri month. */
export function hijriMonthBounds(year: number, month: number): [number, number] | null {
  const first = daysFromHijri({ year, month, day: 1 });
  if (first === null) return null;
  const last = daysFromHijri({ year, month, day: 30 }) ?? first + 28;
  return [first, last];
}

export function hijriYearBounds(year: number): [number, number] | null {
  const first = hijriMonthBounds(year, 1);
  const last = hijriMonthBounds(year, 12);
  return first && last ? [first[0], last[1]] : null;
}
