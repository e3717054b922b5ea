/** Word classes for reading Arabic speaker phrases: titles, names, dates, media. */
import { ARABIC_CUES, FUNCTION_WORDS, MEDIA, TITLES, WEEKDAYS_AR } from './arabicLexicon';
import type { Token } from './textUnits';

/** Drops one attached و/ف when the rest is still a word. */
export function stripConjunction(norm: string): string {
  return /^[وف]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
}

/** The word without article and attached preposition: بالمديرية → مديريه, للجيش → جيش. */
export function bareWord(norm: string): string {
  const m = /^(?:[وف])?(?:بال|لل|كال|ال)(.{2,})$/.exec(norm);
  return m ? m[1]! : norm;
}

export function isDefinite(norm: string): boolean {
  return /^[وف]?(ال|بال|لل|كال)/.test(norm) && norm.length > 3;
}

/** على and the name علي fold to one key; only the written alef maqsura marks the preposition. */
function isFunctionWord(tok: Token): boolean {
  return tok.norm === 'علي' ? /ى$/.test(tok.text) : FUNCTION_WORDS.has(tok.norm);
}

export function isTitle(tok: Token): boolean {
  return TITLES.has(tok.norm) || TITLES.has(bareWord(tok.norm));
}

export function isCueWord(tok: Token): boolean {
  return ARABIC_CUES.has(tok.norm) || ARABIC_CUES.has(stripConjunction(tok.norm));
}

const DATE_WORDS = new Set([
  'اليوم', 'امس', 'الماضي', 'الماضيه', 'الاسبوع', 'الشهر', 'العام', 'صباح', 'مساء', 'يوم', 'الجاري', 'الحالي',
  'الليله', 'ليله', 'فجر', 'ظهر', 'اول', 'ايضا', 'بدوره', 'بدورها', 'كذلك',
]);

/** Dates and adverbs that sit between a verb and its subject (قالت الوزارة أمس الأربعاء). */
export function isDateOrAdverb(tok: Token): boolean {
  return DATE_WORDS.has(tok.norm) || WEEKDAYS_AR.has(tok.norm) || /^\d/.test(tok.norm);
}

export function isMediumWord(tok: Token): boolean {
  return MEDIA.has(bareWord(tok.norm));
}

/** A word that may be part of a personal or organisation name (no title, function or cue word). */
export function isNameWord(tok: Token): boolean {
  if (!tok.isWord || /^\d/.test(tok.norm)) return false;
  if (isTitle(tok) || isFunctionWord(tok) || isCueWord(tok) || isDateOrAdverb(tok) || isMediumWord(tok)) {
    return false;
  }
  // Sound plurals of nisba adjectives (عراقيون، الإيرانيين) are descriptions, not names.
  return !/(يون|يين)$/.test(tok.norm);
}

/**
 * The name at the end of tokens[from, to): name words, where a word with the article counts
 * only as a family name (البصري after أبو علي). A run right after an indefinite head
 * (مسؤول عراقي رفيع، شهود عيان) is adjectives, not a name. Returns [start, end) or null.
 */
export function trailingName(tokens: Token[], from: number, to: number): [number, number] | null {
  let p = to;
  while (p > from && to - p < 5) {
    const tok = tokens[p - 1]!;
    if (!isNameWord(tok)) break;
    if (isDefinite(tok.norm)) {
      const before = tokens[p - 2];
      const isFamily = /ي$/.test(tok.norm) && p - 2 >= from && before !== undefined && isNameWord(before) && !isDefinite(before.norm);
      if (!isFamily) break;
    }
    p--;
  }
  if (p === to) return null;
  const head = tokens[p - 1];
  if (p > from && head && isTitle(head) && !isDefinite(head.norm) && head.norm !== 'باسم') return null;
  return [p, to];
}
