/**
 * Date vocabulary, written in the normalised form that normalizeForSearch produces (alef forms
 * folded to ا, ة to ه, ى to ي, no harakat, Latin lower-cased).
 */

export interface MonthWord {
  month: number;
  /** Needs a day, a year or a cue word before it to count as a month (مارس is also a verb). */
  ambiguous: boolean;
  /** English abbreviation (Jan, Sept): only counted with a day or a year. */
  abbreviation: boolean;
}

/** Consecutive month names from firstMonth on; `ambiguous` lists the month numbers to gate. */
function months(firstMonth: number, names: string[], ambiguous: number[] = [], abbreviation = false): [string, MonthWord][] {
  return names.map((name, i): [string, MonthWord] => {
    const month = firstMonth + i;
    return [name, { month, ambiguous: abbreviation || ambiguous.includes(month), abbreviation }];
  });
}

// Multi-word names (كانون الثاني) are keyed by their first word and completed by MONTH_SECOND_WORDS.
export const MONTH_WORDS = new Map<string, MonthWord>([
  ...months(1, ['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر'], [3, 5]),
  ...months(6, ['يونيه', 'يوليه']),
  // Levantine and Iraqi; most are also names or common words (تموز، نيسان، آب).
  ...months(2, ['شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول'], [2, 3, 4, 5, 6, 7, 8, 9]),
  // Maghreb; the rest (مارس، سبتمبر ...) are shared with the list above.
  ...months(1, ['جانفي', 'فيفري']),
  ...months(4, ['افريل', 'ماي', 'جوان', 'جويليه', 'اوت'], [5, 6, 8]),
  // Moroccan.
  ...months(7, ['يوليوز', 'غشت', 'شتنبر']),
  ...months(11, ['نونبر', 'دجنبر']),
  ...months(1, ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'], [3, 5]),
  ...months(1, ['jan', 'feb', 'mar', 'apr'], [], true),
  ...months(6, ['jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], [], true),
  ...months(9, ['sept'], [], true),
]);

/** كانون الثاني = January, تشرين الأول = October ... (also without the article, as often spoken). */
export const MONTH_SECOND_WORDS = new Map<string, Map<string, number>>([
  ['كانون', new Map([['الثاني', 1], ['ثاني', 1], ['الاول', 12], ['اول', 12]])],
  ['تشرين', new Map([['الاول', 10], ['اول', 10], ['الثاني', 11], ['ثاني', 11]])],
]);

export const HIJRI_MONTH_WORDS = new Map<string, number>([
  ['محرم', 1], ['صفر', 2], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
]);

export const HIJRI_SECOND_WORDS = new Map<string, Map<string, number>>([
  ['ربيع', new Map([['الاول', 3], ['الثاني', 4], ['الاخر', 4]])],
  ['جمادي', new Map([['الاولي', 5], ['الاول', 5], ['الثانيه', 6], ['الاخره', 6], ['الثاني', 6], ['الاخر', 6]])],
  ['ذو', new Map([['القعده', 11], ['الحجه', 12]])],
  ['ذي', new Map([['القعده', 11], ['الحجه', 12]])],
]);

/** 0 = Sunday ... 6 = Saturday, as in calendar.weekdayOf. */
export const WEEKDAY_WORDS = new Map<string, number>([
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export type Shift = -1 | 0 | 1;

/** Words after a month, weekday or unit: الماضي (-1), الجاري (0), المقبل (+1), with plurals. */
export const SHIFT_AFTER = new Map<string, Shift>([
  ...['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته', 'الماضيين', 'المنصرمين'].map((w): [string, Shift] => [w, -1]),
  ...['الجاري', 'الجاريه', 'الحالي', 'الحاليه'].map((w): [string, Shift] => [w, 0]),
  ...['المقبل', 'المقبله', 'القادم', 'القادمه', 'المقبلين', 'القادمين'].map((w): [string, Shift] => [w, 1]),
]);

/** Words before a month, weekday or unit: last (-1), this (0), next (+1). */
export const SHIFT_BEFORE = new Map<string, Shift>([
  ['last', -1], ['this', 0], ['next', 1], ['coming', 1],
  ['هذا', 0], ['هذه', 0],
]);

export type Unit = 'week' | 'month' | 'year';

export const UNIT_WORDS = new Map<string, Unit>([
  ['الاسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنه', 'year'],
  ['week', 'week'], ['month', 'month'], ['year', 'year'],
]);

/** Day offsets from the anchor. اليوم and غدا are gated in parseRelative (the day; became). */
export const DAY_WORDS = new Map<string, number>([
  ['اليوم', 0], ['امس', -1], ['الامس', -1], ['البارحه', -1], ['غدا', 1], ['غد', 1], ['الغد', 1],
  ['today', 0], ['yesterday', -1], ['tomorrow', 1],
]);

export type AgoUnit = 'day' | 'week' | 'month' | 'year';

/** "قبل عشر سنوات", "two weeks ago": the unit, and the count a dual or singular word implies. */
export const AGO_UNITS = new Map<string, { unit: AgoUnit; count?: number }>([
  ['يوم', { unit: 'day', count: 1 }], ['يومين', { unit: 'day', count: 2 }], ['ايام', { unit: 'day' }],
  ['اسبوع', { unit: 'week', count: 1 }], ['اسبوعين', { unit: 'week', count: 2 }], ['اسابيع', { unit: 'week' }],
  ['شهر', { unit: 'month', count: 1 }], ['شهرين', { unit: 'month', count: 2 }], ['اشهر', { unit: 'month' }],
  ['شهور', { unit: 'month' }], ['عام', { unit: 'year', count: 1 }], ['عامين', { unit: 'year', count: 2 }],
  ['سنه', { unit: 'year', count: 1 }], ['سنتين', { unit: 'year', count: 2 }], ['اعوام', { unit: 'year' }],
  ['سنوات', { unit: 'year' }], ['سنين', { unit: 'year' }],
  ['day', { unit: 'day' }], ['days', { unit: 'day' }], ['week', { unit: 'week' }], ['weeks', { unit: 'week' }],
  ['month', { unit: 'month' }], ['months', { unit: 'month' }], ['year', { unit: 'year' }], ['years', { unit: 'year' }],
]);

export const NUMBER_WORDS = new Map<string, number>([
  ['ثلاث', 3], ['ثلاثه', 3], ['اربع', 4], ['اربعه', 4], ['خمس', 5], ['خمسه', 5], ['ست', 6], ['سته', 6],
  ['سبع', 7], ['سبعه', 7], ['ثماني', 8], ['ثمانيه', 8], ['تسع', 9], ['تسعه', 9], ['عشر', 10], ['عشره', 10],
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** Words that make a following bare year or ambiguous month a date: "في مارس", "in 2019". */
export const DATE_CUES = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اوائل', 'منتصف', 'اواسط', 'قبل', 'بعد',
  'عام', 'العام', 'لعام', 'للعام', 'سنه', 'السنه', 'لسنه', 'للسنه', 'شهر', 'شهري', 'لشهر', 'عامي', 'سنتي', 'بتاريخ', 'تاريخ',
  'in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'from', 'before', 'after', 'by', 'of', 'year',
  'last', 'next', 'this', 'between', 'around',
]);

export const GREGORIAN_SUFFIXES = new Set(['م', 'ميلادي', 'ميلاديه', 'للميلاد', 'ad']);
export const HIJRI_SUFFIXES = new Set(['ه', 'هجري', 'هجريه', 'للهجره', 'ah']);
/** "20 ذي القعدة 1440هـ الموافق 23 يوليو 2019م" names one day twice. */
export const EQUIVALENCE_WORDS = new Set(['الموافق', 'الموافقه', 'موافق']);

export const RANGE_OPENERS = new Map<string, 'to' | 'and'>([
  ['من', 'to'], ['from', 'to'], ['بين', 'and'], ['between', 'and'],
]);
/** "عامي 2019 و2020": a dual noun in front lets و join the two ends of a range. */
export const DUAL_CUES = new Set(['عامي', 'لعامي', 'سنتي', 'شهري', 'يومي', 'العامين']);
export const RANGE_TO = new Set(['الي', 'حتي', 'لغايه', 'to', 'until', 'till', 'through']);
export const RANGE_AND = new Set(['و', 'and']);
export const DASHES = new Set(['-', '–', '—']);

/** "السابع من كانون الأول", "الحادي والعشرين من مايو": ordinal days, with their tens words. */
export const ORDINAL_DAYS = new Map<string, number>([
  ['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30],
]);
/** After the units word: عشر, or و + العشرين/الثلاثين (the و is cut off as a proclitic). */
export const ORDINAL_TENS = new Map<string, number>([['عشر', 10], ['العشرين', 20], ['الثلاثين', 30]]);

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Every word a date can start with, or that may carry a proclitic و ف ب (وأمس، فالخميس، بتاريخ).
 * Other words are skipped at once, which keeps the scan fast.
 */
export const KNOWN_WORDS = new Set<string>([
  ...MONTH_WORDS.keys(), ...MONTH_SECOND_WORDS.keys(), ...HIJRI_MONTH_WORDS.keys(), ...HIJRI_SECOND_WORDS.keys(),
  ...WEEKDAY_WORDS.keys(), ...UNIT_WORDS.keys(), ...DAY_WORDS.keys(), ...DATE_CUES, ...RANGE_OPENERS.keys(),
  ...RANGE_TO, ...DUAL_CUES, ...SHIFT_BEFORE.keys(), ...SHIFT_AFTER.keys(), ...EQUIVALENCE_WORDS,
  ...NUMBER_WORDS.keys(), ...ORDINAL_DAYS.keys(), 'اول', 'يوم', 'غد', 'امس', 'day',
]);
