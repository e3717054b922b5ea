/** Word classes for reading Arabic speaker phrases: titles, names, dates, media. */
import { ARABIC_CUES, FUNCTION_WORDS, MEDIA, PLACE_AND_BODY_HEADS, SAYING_NOUNS, TITLES, WEEKDAYS_AR } from './arabicLexicon';
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
  return tok.norm === 'علي' ? /ى$/.test(tok.text) : FUNCTION_WORDS.has(tok.norm) || FUNCTION_WORDS.has(stripConjunction(tok.norm));
}

function withoutPreposition(norm: string): string | undefined {
  return /^[وف]?[لبك](.{3,})$/.exec(norm)?.[1];
}

export function isPlaceOrBody(tok: Token): boolean {
  const bare = bareWord(tok.norm);
  return PLACE_AND_BODY_HEADS.has(bare) || PLACE_AND_BODY_HEADS.has(withoutPreposition(tok.norm) ?? '');
}

export function isTitle(tok: Token): boolean {
  const stripped = withoutPreposition(tok.norm);
  return TITLES.has(tok.norm) || TITLES.has(bareWord(tok.norm)) || (stripped !== undefined && TITLES.has(stripped));
}

export function isCueWord(tok: Token): boolean {
  const bare = stripConjunction(tok.norm);
  return ARABIC_CUES.has(tok.norm) || ARABIC_CUES.has(bare) || SAYING_NOUNS.has(tok.norm) || SAYING_NOUNS.has(bare);
}

const DATE_WORDS = new Set([
  'اليوم', 'امس', 'الماضي', 'الماضيه', 'الاسبوع', 'الشهر', 'العام', 'صباح', 'مساء', 'يوم', 'الجاري', 'الحالي',
  'الليله', 'ليله', 'فجر', 'ظهر', 'اول', 'ايضا', 'بدوره', 'بدورها', 'كذلك', 'عاما', 'عام', 'سنه', 'سنوات', 'عمر',
]);

/** Dates and adverbs that sit between a verb and its subject (قالت الوزارة أمس الأربعاء). */
export function isDateOrAdverb(tok: Token): boolean {
  return DATE_WORDS.has(tok.norm) || WEEKDAYS_AR.has(tok.norm) || /^\d/.test(tok.norm) || isPronounPhrase(tok.norm);
}

/** A preposition carrying a pronoun (فيها، له، عنه، عليهم): never a speaker. */
export function isPronounPhrase(norm: string): boolean {
  return /^[وف]?(في|ل|ب|من|عن|علي|الي|مع|عند|لدي|منه|عنه)(ه|ها|هم|هما|هن|نا|كم)$/.test(norm);
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
 * only as a family name after a first name (أبو علي البصري، سامي الحداد). A run right after a descriptive head
 * (مسؤول عراقي رفيع، شهود عيان) is adjectives, not a name. Returns [start, end) or null.
 */
export function trailingName(tokens: Token[], from: number, to: number): [number, number] | null {
  let p = to;
  while (p > from && to - p < 5) {
    const tok = tokens[p - 1]!;
    if (!isNameWord(tok)) break;
    if (isDefinite(tok.norm)) {
      const before = tokens[p - 2];
      // Feminine nisba (الإيطالية) is an adjective, not a family name.
      const isFamily = p - 2 >= from && before !== undefined && isNameWord(before) && !isDefinite(before.norm) && !/يه$/.test(tok.norm);
      if (!isFamily) break;
    }
    p--;
  }
  if (p === to) return null;
  const head = tokens[p - 1];
  if (p > from && head && DESCRIPTIVE_HEADS.has(bareWord(head.norm))) return null;
  // A speaker is not inside a prepositional phrase (مصادر مطلعة على مسودة التقرير).
  if (p > from && head && PREPOSITIONS.has(head.norm)) return null;
  // A place or body in construct with its head (أمين محافظة جدة، لولاية نيويورك جورج باتاكي) is not the name.
  if (p > from && head && isPlaceOrBody(head)) {
    if (to - p < 3) return null;
    p++;
  }
  return [p, to];
}

const PREPOSITIONS = new Set(['في', 'من', 'علي', 'عن', 'الي', 'مع', 'ب', 'ل', 'لدي', 'عند', 'حول', 'بين']);

/** Heads of descriptive speakers, followed by adjectives rather than names. */
const DESCRIPTIVE_HEADS = new Set(['مسؤول', 'مسؤوله', 'مسؤولون', 'مسؤولين', 'مصدر', 'مصادر', 'ضابط', 'ضباط', 'شاهد', 'شهود',
  'خبير', 'خبراء', 'محلل', 'محللون', 'مراقبون', 'سكان', 'مواطن', 'مواطنون', 'ناشط', 'ناشطون', 'نشطاء', 'دبلوماسي']);

const PERSON_TITLES = new Set(['رئيس', 'رئيسه', 'وزير', 'وزيره', 'نائب', 'مدير', 'قائد', 'متحدث', 'متحدثه', 'ناطق', 'امين',
  'شيخ', 'امير', 'ملك', 'سفير', 'محافظ', 'فريق', 'لواء', 'عميد', 'عقيد', 'زعيم', 'مستشار', 'دكتور', 'مفتي', 'قاضي']);

/** Titles of a person (وزير، الرئيس، الفريق), after which a name may follow. */
export function isPersonTitle(tok: Token): boolean {
  return PERSON_TITLES.has(bareWord(tok.norm));
}
