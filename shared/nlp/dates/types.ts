/** Public types of the date recogniser. */

export type Granularity = 'day' | 'month' | 'year' | 'range';

/**
 * A resolved date. `iso` is YYYY-MM-DD, YYYY-MM or YYYY for single dates, and `from/to` (each in
 * its own precision) for ranges; `start` and `end` are always full days, inclusive.
 */
export interface DateValue {
  granularity: Granularity;
  iso: string;
  start: string;
  end: string;
}

export interface DateMention {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** null when the expression needs an anchor that was not given (or names no real day). */
  value: DateValue | null;
  /** True when the value depends on the anchor (yesterday, Tuesday, 12 May without a year). */
  relative: boolean;
}

export type DateLanguage = 'ar' | 'en';

export interface FindDatesOptions {
  /** Publication date of the document, YYYY-MM-DD; relative expressions resolve against it. */
  anchor?: string;
  /** Decides day/month order in numeric dates (ar: 12/5/2020 is 12 May); detected when absent. */
  language?: DateLanguage;
}
