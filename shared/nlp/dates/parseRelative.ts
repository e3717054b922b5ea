/**
 * Dates relative to the time of writing: اليوم، أمس الثلاثاء، أول أمس، غداً، الخميس، الاثنين
 * الماضي، الأسبوع المقبل، هذا العام، قبل عشر سنوات, today, yesterday, last Monday, next week, this
 * year, two days ago.
 */
import { isCasedOk, isSym, keyAt, keyBefore, next, type ParseContext } from './cursor';
import type { Match } from './expr';
import {
  AGO_UNITS, DAY_WORDS, HIJRI_MONTH_WORDS, HIJRI_SECOND_WORDS, MONTH_WORDS, NUMBER_WORDS, SHIFT_AFTER, SHIFT_BEFORE,
  UNIT_WORDS, WEEKDAY_WORDS,
} from './lexicon';
import { parseDay, parseMonth } from './parseParts';

const YESTERDAY = new Set(['امس', 'الامس']);
const TOMORROW = new Set(['غد', 'الغد']);
const DAY_BEFORE_AFTER = new Map([['before', 'yesterday'], ['after', 'tomorrow']]);
// "في اليوم" (per day), "ذلك اليوم" (that day), papers and channels (عين اليوم، روسيا اليوم):
// اليوم is not "today" after these.
const NOT_TODAY_BEFORE = new Set([
  'في', 'ذلك', 'نفس', 'ذات', 'هذا', 'طوال', 'طيله', 'منتصف', 'اخر', 'بدايه', 'نهايه', 'عين', 'المصري', 'روسيا',
]);
// الغد is also a newspaper and a party; it means tomorrow after these.
const TOMORROW_CUES = new Set(['يوم', 'صباح', 'مساء', 'ظهر', 'عصر', 'ليل', 'ليله', 'بعد']);
// Nouns after which العام means "general": المدير العام الحالي is a director, not this year.
const GENERAL_HEADS = new Set([
  'المدير', 'الامين', 'النائب', 'المدعي', 'الراي', 'القطاع', 'المؤتمر', 'المراقب', 'المفتش', 'الاضراب',
  'النظام', 'الشان', 'المال', 'القائد', 'المنسق', 'المشرف', 'الادعاء', 'الحق', 'الصالح', 'الامن',
]);
const TANWEEN_FATH = '\u064B';
// "حصلت "اليوم" على": the newspaper al-Yaum.
const QUOTES = new Set(['"', '“', '”', '«', '»', "'"]);

function isWeekday(ctx: ParseContext, i: number): boolean {
  const t = next(ctx, i);
  return t !== undefined && isCasedOk(t) && WEEKDAY_WORDS.has(t.key);
}

/** Whether a day word really means a day here (اليوم العالمي, غدا = became, جريدة الغد). */
function dayWordCounts(ctx: ParseContext, i: number, key: string): boolean {
  if (ctx.lenient) return true;
  const after = next(ctx, i + 1);
  const before = keyBefore(ctx, i) ?? '';
  if (key === 'اليوم') {
    const adjective = after?.kind === 'word' && after.key.startsWith('ال') && !isWeekday(ctx, i + 1);
    const quoted = QUOTES.has(before) && QUOTES.has(after?.key ?? '');
    return !adjective && !quoted && !NOT_TODAY_BEFORE.has(before);
  }
  if (key === 'غدا') {
    const t = ctx.tokens[i];
    const original = t ? ctx.text.original.slice(ctx.text.map[t.start], ctx.text.map[t.end]) : '';
    return original.includes(TANWEEN_FATH) || !after || after.kind === 'sym' || isWeekday(ctx, i + 1);
  }
  if (TOMORROW.has(key)) return TOMORROW_CUES.has(before) || isWeekday(ctx, i + 1);
  return true;
}

/** أمس، اليوم الأربعاء، أول من أمس، بعد غد، أمس الأول, the day before yesterday. */
function parseDayWord(ctx: ParseContext, i: number): Match | null {
  const key = keyAt(ctx, i) ?? '';
  let days: number | undefined;
  let to = i + 1;
  if (key === 'اول') {
    to = keyAt(ctx, to) === 'من' ? to + 1 : to;
    days = YESTERDAY.has(keyAt(ctx, to) ?? '') ? -2 : undefined;
    to++;
  } else if (key === 'بعد' && TOMORROW.has(keyAt(ctx, to) ?? '')) {
    days = 2;
    to++;
  } else if (key === 'day' && DAY_BEFORE_AFTER.get(keyAt(ctx, to) ?? '') === keyAt(ctx, to + 1)) {
    days = keyAt(ctx, to) === 'before' ? -2 : 2;
    to += 2;
  } else if (DAY_WORDS.has(key) && dayWordCounts(ctx, i, key)) {
    days = DAY_WORDS.get(key);
    if (YESTERDAY.has(key) && keyAt(ctx, to) === 'الاول') {
      days = -2;
      to++;
    }
  }
  if (days === undefined) return null;
  return { from: i, to: /[a-z]/.test(key) ? to : afterWeekdayApposition(ctx, to), expr: { kind: 'offset', days } };
}

/** The weekday that often follows only confirms the day: أمس الثلاثاء، أمس (الخميس); not أمس والخميس. */
function afterWeekdayApposition(ctx: ParseContext, i: number): number {
  const plain = (j: number): boolean => isWeekday(ctx, j) && next(ctx, j)?.proclitic === '';
  if (plain(i)) return i + 1;
  return isSym(ctx, i, '(') && plain(i + 1) && isSym(ctx, i + 2, ')') ? i + 3 : i;
}

/** الخميس، الاثنين الماضي، الجمعة المقبلة, Tuesday. */
function parseWeekday(ctx: ParseContext, i: number): Match | null {
  if (!isWeekday(ctx, i)) return null;
  const weekday = WEEKDAY_WORDS.get(keyAt(ctx, i) ?? '') ?? 0;
  const shift = SHIFT_AFTER.get(keyAt(ctx, i + 1) ?? '');
  if (shift === undefined) return { from: i, to: i + 1, expr: { kind: 'weekday', weekday } };
  return { from: i, to: i + 2, expr: { kind: 'weekday', weekday, shift } };
}

/** last Monday, next week, this year, last May, هذا العام، هذا الأسبوع. */
function parseShiftBefore(ctx: ParseContext, i: number): Match | null {
  const shift = SHIFT_BEFORE.get(keyAt(ctx, i) ?? '');
  if (shift === undefined) return null;
  const unit = UNIT_WORDS.get(keyAt(ctx, i + 1) ?? '');
  if (unit) return { from: i, to: i + 2, expr: { kind: 'unit', unit, shift } };
  if (isWeekday(ctx, i + 1)) {
    const weekday = WEEKDAY_WORDS.get(keyAt(ctx, i + 1) ?? '') ?? 0;
    return { from: i, to: i + 2, expr: { kind: 'weekday', weekday, shift } };
  }
  const month = parseMonth(ctx, i + 1);
  if (!month || month.abbreviation || parseDay(ctx, month.to)) return null;
  return { from: i, to: month.to, expr: { kind: 'gregorian', month: month.value, shift } };
}

/** الأسبوع الماضي، الشهر المقبل، العام الجاري. */
function parseUnitShift(ctx: ParseContext, i: number): Match | null {
  const key = keyAt(ctx, i) ?? '';
  const unit = UNIT_WORDS.get(key);
  const shift = SHIFT_AFTER.get(keyAt(ctx, i + 1) ?? '');
  if (!unit || shift === undefined) return null;
  if (key === 'العام' && GENERAL_HEADS.has(keyBefore(ctx, i) ?? '')) return null;
  return { from: i, to: i + 2, expr: { kind: 'unit', unit, shift } };
}

/** A count: digits or a number word (عشر, two). */
function countAt(ctx: ParseContext, i: number): number | undefined {
  const t = next(ctx, i);
  if (t?.kind === 'num') return t.digits <= 3 ? Number(t.key) : undefined;
  return t?.kind === 'word' ? NUMBER_WORDS.get(t.key) : undefined;
}

/**
 * Whether the words after "قبل N unit" leave it counted from the time of writing: not "قبل عام
 * 2011" (before 2011), "قبل يوم الزفاف" (the day before the wedding), "قبل يومين من الافتتاح".
 */
function endsAgo(ctx: ParseContext, i: number): boolean {
  const t = next(ctx, i);
  if (!t || t.kind === 'sym') return true;
  if (t.kind === 'num' || t.key === 'من') return false;
  const named = MONTH_WORDS.has(t.key) || HIJRI_MONTH_WORDS.has(t.key) || HIJRI_SECOND_WORDS.has(t.key);
  return !named && !(t.key.startsWith('ال') && !SHIFT_AFTER.has(t.key));
}

/** "قبل عشر سنوات", "قبل يومين", "قبل أسبوع"; "two days ago", "a year ago". */
function parseAgo(ctx: ParseContext, i: number): Match | null {
  if (keyAt(ctx, i) === 'قبل') {
    const count = countAt(ctx, i + 1);
    const unitAt = count === undefined ? i + 1 : i + 2;
    const unit = AGO_UNITS.get(keyAt(ctx, unitAt) ?? '');
    // A bare singular or dual carries its own count; a plural needs one.
    const n = count === undefined ? unit?.count : unit?.count === undefined ? count : undefined;
    if (!unit || !n || !endsAgo(ctx, unitAt + 1)) return null;
    return { from: i, to: unitAt + 1, expr: { kind: 'ago', unit: unit.unit, count: n } };
  }
  const count = countAt(ctx, i);
  const unit = AGO_UNITS.get(keyAt(ctx, i + 1) ?? '');
  if (count === undefined || !unit || keyAt(ctx, i + 2) !== 'ago') return null;
  return { from: i, to: i + 3, expr: { kind: 'ago', unit: unit.unit, count } };
}

const RELATIVE_PARSERS = [parseDayWord, parseWeekday, parseShiftBefore, parseUnitShift, parseAgo];

export function parseRelative(ctx: ParseContext, i: number): Match | null {
  if (next(ctx, i)?.kind === 'sym') return null;
  for (const parse of RELATIVE_PARSERS) {
    const m = parse(ctx, i);
    if (m) return m;
  }
  return null;
}
