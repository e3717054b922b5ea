/** Word classes for reading Arabic speaker phrases: titles, names, dates, media. */
import { ARABIC_CUES, COMPLEMENTISERS, FUNCTION_WORDS, MEDIA, PLACE_AND_BODY_HEADS, PREPOSITIONS, SAYING_NOUNS, TITLES, WEEKDAYS_AR } from './arabicLexicon';
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
  if (tok.norm === 'علي') return /ى$/.test(tok.text);
  const bare = stripConjunction(tok.norm);
  if (PREPOSITIONS.has(tok.norm) || PREPOSITIONS.has(bare)) return true;
  // Particles carrying a pronoun: لكنه، ولكنها، إنهم.
  if (/^(لكن|ولكن|ان|لان|كان)(ه|ها|هم|هما|هن)$/.test(tok.norm)) return true;
  return FUNCTION_WORDS.has(tok.norm) || FUNCTION_WORDS.has(bare) || COMPLEMENTISERS.has(tok.norm) || COMPLEMENTISERS.has(bare);
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
  return TITLES.has(tok.norm) || TITLES.has(bareWord(tok.norm)) || (stripped !== undefined && TITLES.has(stripped)) || isPlaceOrBody(tok);
}

export function isCueWord(tok: Token): boolean {
  const bare = stripConjunction(tok.norm);
  return ARABIC_CUES.has(tok.norm) || ARABIC_CUES.has(bare) || SAYING_NOUNS.has(tok.norm) || SAYING_NOUNS.has(bare);
}

const DATE_WORDS = new Set([
  'اليوم', 'امس', 'الماضي', 'الماضيه', 'الاسبوع', 'الشهر', 'العام', 'صباح', 'مساء', 'يوم', 'الجاري', 'الحالي',
  'الليله', 'ليله', 'فجر', 'ظهر', 'اول', 'ايضا', 'بدوره', 'بدورها', 'كذلك', 'عاما', 'عام', 'سنه', 'سنوات',
  'مسبقا', 'سابقا', 'لاحقا', 'مجددا', 'مؤخرا', 'رسميا', 'حاليا', 'صراحه', 'علنا', 'مرارا', 'اخيرا', 'بدايه',
  'خصوصا', 'خاصه', 'تحديدا', 'عموما', 'اساسا', 'فقط', 'ذاته', 'نفسه', 'ذاتها', 'نفسها', 'بدوره', 'شخصيا',
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
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
  const bare = bareWord(tok.norm);
  return MEDIA.has(bare) || MEDIA.has(bare.replace(/(ه|ها|هم)$/, ''));
}

/** A word that may be part of a personal or organisation name (no title, function or cue word). */
export function isNameWord(tok: Token): boolean {
  // Tanween fath marks an adverb or object (حديثًا، مسبقاً), never a name.
  if (!tok.isWord || /^\d/.test(tok.norm) || /\u064B/.test(tok.text)) return false;
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
    // باسم is "on behalf of" and also a first name: after a person's title (المهندس باسم) it is the name.
    const title = tokens[p - 2];
    const basem = tok.norm === 'باسم' && p - 2 >= from && title !== undefined && isPersonTitle(title) && !SPOKESMEN.has(bareWord(title.norm));
    if (!isNameWord(tok) && !basem) break;
    if (isDefinite(tok.norm)) {
      const before = tokens[p - 2];
      // عبد الواحد، أبو الفضل: a compound first name whose second part has the article.
      if (before && p - 2 >= from && COMPOUND_HEADS.has(before.norm)) {
        p -= 2;
        continue;
      }
      // Plurals (المتشددين، المراقبون) and feminine nisbas (الإيطالية) are adjectives, not family names.
      const adjective = /(يه|ون|ات)$/.test(tok.norm) || (/ين$/.test(tok.norm) && tok.norm.length > 6);
      // A family name with the article ends the name (جائزة نوبل للسلام توكل كرمان stops at كرمان).
      const last = p === to;
      const isFamily = last && p - 2 >= from && before !== undefined && isNameWord(before) && !adjective && (!isDefinite(before.norm) || COMPOUND_HEADS.has(tokens[p - 3]?.norm ?? ''));
      if (!isFamily) break;
    }
    p--;
  }
  if (p === to) return null;
  const head = tokens[p - 1];
  if (p > from && head && DESCRIPTIVE_HEADS.has(bareWord(head.norm)) && !isDefinite(head.norm)) return null;
  // An indefinite title with a nisba after it is described, not named (متحدث رسمي عراقي).
  if (p > from && head && isTitle(head) && !isDefinite(head.norm) && to - p === 1 && /ي$/.test(tokens[p]!.norm)) return null;
  // A speaker is not inside a prepositional phrase (مصادر مطلعة على مسودة التقرير).
  if (p > from && head && PREPOSITIONS.has(head.norm)) return null;
  // A name in construct with an indefinite place or body (أمين محافظة جدة، لولاية نيويورك جورج باتاكي)
  // is the place's; after a definite one (المتحدثة باسم الشرطة لوبا سامري) it is the speaker's.
  if (p > from && head && isPlaceOrBody(head) && !isDefinite(head.norm)) {
    if (to - p < 3) return null;
    p++;
  }
  return [p, to];
}

const SPOKESMEN = new Set(['متحدث', 'متحدثه', 'ناطق', 'ناطقه']);

/** First parts of compound names: عبد الله، أبو علي، بن سلمان. */
export const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'ام', 'بن', 'ابن', 'بنت', 'ذو', 'ذي']);


/** Heads of descriptive speakers, followed by adjectives rather than names. */
const DESCRIPTIVE_HEADS = new Set(['مسؤول', 'مسؤوله', 'مسؤولون', 'مسؤولين', 'مصدر', 'مصادر', 'ضابط', 'ضباط', 'شاهد', 'شهود',
  'خبير', 'خبراء', 'محلل', 'محللون', 'مراقبون', 'سكان', 'مواطن', 'مواطنون', 'ناشط', 'ناشطون', 'نشطاء', 'دبلوماسي']);

const PERSON_TITLES = new Set(['رئيس', 'رئيسه', 'وزير', 'وزيره', 'نائب', 'مدير', 'قائد', 'متحدث', 'متحدثه', 'ناطق', 'امين',
  'شيخ', 'امير', 'ملك', 'سفير', 'محافظ', 'فريق', 'لواء', 'عميد', 'عقيد', 'زعيم', 'مستشار', 'دكتور', 'مفتي', 'قاضي',
  'استاذ', 'مهندس', 'سيد', 'سيده', 'محامي', 'كاتب', 'صحفي', 'باحث', 'خبير', 'نقيب', 'رائد', 'مقدم', 'د']);

/** Titles of a person (وزير، الرئيس، الفريق), after which a name may follow. */
export function isPersonTitle(tok: Token): boolean {
  return PERSON_TITLES.has(bareWord(tok.norm));
}
