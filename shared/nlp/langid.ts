/**
 * Offline language identification for Arabic vs English: the share of Arabic and Latin
 * letters decides, and function words break ties when scripts are mixed or text is short.
 */

export type Language = 'ar' | 'en' | 'und';

const AR_FUNCTION_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'ان', 'إن', 'التي', 'الذي', 'هذا', 'هذه', 'مع', 'كان',
  'قد', 'لا', 'ما', 'بين', 'بعد', 'كما', 'وقال', 'قال', 'أو', 'ذلك', 'حتى', 'عند', 'لم', 'لن', 'هو', 'هي',
]);
const EN_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by', 'at', 'it',
  'from', 'he', 'said', 'his', 'be', 'are', 'has', 'have', 'an', 'were', 'not', 'this', 'which', 'but',
]);

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
const MIN_LETTERS = 3;
// A script must hold this share of letters to win on its own.
const DOMINANT_SHARE = 0.7;

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function functionWordVote(text: string): Language {
  let ar = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (AR_FUNCTION_WORDS.has(word)) ar++;
    else if (EN_FUNCTION_WORDS.has(word)) en++;
  }
  if (ar === en) return 'und';
  return ar > en ? 'ar' : 'en';
}

/** Language of a document or paragraph: 'ar', 'en' or 'und' (too little or other script). */
export function detectLanguage(text: string): Language {
  const ar = countMatches(text, ARABIC_LETTER);
  const latin = countMatches(text, LATIN_LETTER);
  const letters = countMatches(text, /\p{L}/gu);
  if (ar + latin < MIN_LETTERS || (ar + latin) / Math.max(letters, 1) < 0.5) return 'und';
  const arShare = ar / (ar + latin);
  if (arShare >= DOMINANT_SHARE) return 'ar';
  if (arShare <= 1 - DOMINANT_SHARE) return 'en';
  const vote = functionWordVote(text);
  if (vote !== 'und') return vote;
  return arShare >= 0.5 ? 'ar' : 'en';
}

/** Language of each paragraph (split at blank lines or single newlines), with offsets. */
export function detectParagraphLanguages(text: string): { start: number; end: number; language: Language }[] {
  const out: { start: number; end: number; language: Language }[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    if (!m[0].trim()) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, language: detectLanguage(m[0]) });
  }
  return out;
}
