/** Date recognition and normalisation for Arabic and English news text. */
export { findDates, resolveDate } from './findDates';
export { findPublicationDate } from './publicationDate';
export { daysFromHijri, hijriFromDays, type HijriDate } from './hijri';
export type { DateLanguage, DateMention, DateValue, FindDatesOptions, Granularity } from './types';
