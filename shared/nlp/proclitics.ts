/**
 * Where an Arabic name really starts inside a token with attached proclitics. ANERcorp-style
 * models tag whole whitespace tokens (وكركوك), but a reviewer, the gold data and the case
 * gazetteer want the name alone (كركوك): و ف ب ل ك and a tatweel after them stay outside.
 */
import { normalizeArabic } from './normalize';

// Arabic letters, tatweel and combining marks (harakat).
const WORD = /[\u0621-\u064A\u0640\p{M}]+/gu;

/** Every Arabic word of the text, normalised, for "does this form occur on its own" checks. */
export function arabicVocabulary(text: string): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => normalizeArabic(w)));
}

/** What the model knows of normalised words: frequency rank in the news (0 = most frequent), and listed names. */
export interface NewsWords {
  rank: (key: string) => number | undefined;
  /** A name in the model's lists (فراس stays whole although راس is a frequent word). */
  isName: (key: string) => boolean;
}

const NO_NEWS: NewsWords = { rank: () => undefined, isName: () => false };

/**
 * How many leading characters of `word` are proclitics. A prefix is cut when what follows is the
 * article (بالرياض), a tatweel (لـداعش), another proclitic and the article (وبالموصل), a word
 * that also occurs on its own in the same document (وكركوك when كركوك occurs), or, for و ف ب ل,
 * a word the news writes more often than the whole, unless the whole is a listed name (وبغداد:
 * بغداد; not وزارة: زارة, nor فراس: راس). With للعراق
 * only the first letter goes, as the article's alif is not written.
 */
export function procliticLength(word: string, vocabulary: ReadonlySet<string>, news: NewsWords = NO_NEWS): number {
  let cut = 0;
  for (let round = 0; round < 2; round++) {
    const rest = word.slice(cut);
    const first = rest[0];
    if (!first || !'وفبلك'.includes(first) || (round === 1 && (first === 'و' || first === 'ف'))) break;
    const after = rest.slice(1);
    if (after.startsWith('\u0640')) {
      cut += 1 + (after.match(/^\u0640+/)?.[0].length ?? 0);
      break;
    }
    const afterKey = normalizeArabic(after);
    const plausible = afterKey.length >= 3 || (afterKey.length === 2 && vocabulary.has(afterKey));
    if (!plausible) break;
    const articleNext = after.startsWith('ال');
    const lamArticle = first === 'ل' && after.startsWith('ل');
    const chainNext = (first === 'و' || first === 'ف') && /^[بلك]ال|^لل/.test(after);
    if (articleNext || lamArticle || chainNext || vocabulary.has(afterKey) || (first !== 'ك' && moreFrequent(afterKey, normalizeArabic(rest), news))) {
      cut += 1;
      continue;
    }
    break;
  }
  return cut;
}

/** Whether the news writes `stem` (three letters or more) more often than `whole`, which is no listed name. */
function moreFrequent(stem: string, whole: string, news: NewsWords): boolean {
  const rank = stem.length >= 3 ? news.rank(stem) : undefined;
  return rank !== undefined && rank < (news.rank(whole) ?? Infinity) && !news.isName(whole);
}

