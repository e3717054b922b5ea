/**
 * Date recognition and normalisation for Arabic and English news text.
 *
 * Spans follow the gold annotation rules: prepositions, proclitics (و ف ب), "يوم" and "on" stay
 * outside ("يوم الخميس" gives "الخميس"); a weekday or calendar twin beside a date is inside
 * ("أمس الثلاثاء", "20 ذي القعدة 1440هـ الموافق 23 يوليو 2019م"). Resolution conventions: a bare
 * weekday is the latest one on or before the anchor; a day or month without a year takes the
 * anchor's year (or the one الماضي/المقبل, last/next point to); weeks run Monday to Sunday.
 */
export { findDates, resolveDate } from './findDates';
export { findPublicationDate } from './publicationDate';
export { daysFromHijri, hijriFromDays, type HijriDate } from './hijri';
export type { DateLanguage, DateMention, DateValue, FindDatesOptions, Granularity } from './types';
