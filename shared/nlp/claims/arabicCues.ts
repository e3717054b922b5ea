/** Finds Arabic attribution cues and the point where their content opens. */
import { ARABIC_CUES, ATTRIBUTION_PREPS, CLAUSE_LINKS, COMPLEMENTISERS, NAME_HEADS, SAYING_NOUNS, type ArabicCueEntry } from './arabicLexicon';
import { bareWord, isNameWord, stripConjunction } from './arabicWords';
import { tokenAt } from './textUnits';
import type { Doc } from './doc';
import { quoteOpeningAt, type Quote } from './quotes';

export type ArabicCue =
  | { type: 'verb' | 'participle'; entry: ArabicCueEntry; conj: boolean }
  | { type: 'saying' | 'attribution' | 'relay' | 'learned'; conj: boolean; entry?: undefined };

const RELAY_VERBS = new Set(['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل']);
const LEARNED_VERBS = new Set(['علم', 'علمت']);
const MAX_REGION = 25;
const DASHES = new Set(['-', '–', '—', 'ـ']);
const ADDRESSEE_MARKS = new Set(['ل', 'لـ', 'الي', 'ب', 'بـ', 'عن']);
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين']);
const SUBORDINATORS = new Set(['دون', 'بدون', 'الا', 'رغم', 'برغم', 'بالرغم', 'بعد', 'قبل', 'منذ', 'حيث', 'كما', 'اذ', 'غير', 'بما', 'لو', 'حتي', 'بل', 'مع', 'لاجل', 'اجل', 'بدلا', 'عوضا', 'سوي']);

export function classifyArabic(norm: string): ArabicCue | null {
  const bare = stripConjunction(norm);
  const conj = bare !== norm;
  for (const [word, hasConj] of [[norm, false], [bare, conj]] as const) {
    const entry = ARABIC_CUES.get(word);
    if (entry) return { type: entry.kind, entry, conj: hasConj };
    if (SAYING_NOUNS.has(word)) return { type: 'saying', conj: hasConj };
    if (ATTRIBUTION_PREPS.has(word)) return { type: 'attribution', conj: hasConj };
    if (RELAY_VERBS.has(word)) return { type: 'relay', conj: hasConj };
    if (LEARNED_VERBS.has(word)) return { type: 'learned', conj: hasConj };
  }
  return null;
}

export type Opener = { index: number; kind: 'prep' | 'comp' | 'colon' | 'quote'; participle?: number };

/** A quoted name ("الحميدي"، قناة "إل بي سي") is not quoted content: short and all name words, or after a generic noun. */
function isNameQuote(doc: Doc, q: Quote): boolean {
  const before = doc.tokens[tokenAt(doc.tokens, q.open) - 1];
  // قناة "العربية"، لـ"الوطن"، في تصريح إلى "سبق": a name after a generic noun or a preposition.
  if (before && (NAME_HEADS.has(bareWord(before.norm)) || ADDRESSEE_MARKS.has(before.norm) || /لـ$/.test(before.text))) return true;
  if (q.close === null) return false;
  const words = doc.tokens.slice(tokenAt(doc.tokens, q.open + 1), tokenAt(doc.tokens, q.close)).filter((t) => t.isWord);
  return words.length > 0 && words.length <= 4 && words.every(isNameWord);
}

/**
 * A short quote followed, a few words on, by a complementiser names something in the speaker
 * phrase: وقالت مديرة «التحالف لإنهاء العبودية»، ميليسا سبربر، إن ...
 */
function complementiserAfter(doc: Doc, q: Quote, last: number): boolean {
  if (q.close === null) return false;
  const from = tokenAt(doc.tokens, q.close + 1);
  const inside = doc.tokens.slice(tokenAt(doc.tokens, q.open + 1), tokenAt(doc.tokens, q.close)).filter((t) => t.isWord).length;
  return inside <= 6 && doc.tokens.slice(from, Math.min(last, from + 12)).some((t) => COMPLEMENTISERS.has(t.norm));
}

/** Whether token k starts a new clause (و/ف attached, or after punctuation or فيما/كما). */
export function opensClause(doc: Doc, k: number, conj: boolean): boolean {
  const prev = doc.tokens[k - 1];
  return conj || !prev || !prev.isWord || CLAUSE_LINKS.has(prev.norm);
}

/**
 * Scans right of a cue for the content opener: a governed preposition (إلى، من), a
 * complementiser (إنّ، أنّ، بأنه), a colon or a quotation. A participle met on the way
 * (وأضاف المواطن قائلاً:) becomes the cue. Stops at a new clause's cue.
 */
export function findOpener(doc: Doc, i: number, last: number, preps: string[], quotes = true): Opener | null {
  let participle: number | undefined;
  let allowed = preps;
  for (let k = i + 1; k < last && k <= i + MAX_REGION; k++) {
    const t = doc.tokens[k]!;
    const at = participle === undefined ? {} : { participle };
    if (allowed.includes(t.norm)) return { index: k, kind: 'prep', ...at };
    if (COMPLEMENTISERS.has(t.norm)) {
      // إلا أن، رغم أن، دون أن ...: a subordinate clause, not reported content.
      if (!SUBORDINATORS.has(doc.tokens[k - 1]?.norm ?? '')) return { index: k, kind: 'comp', ...at };
      continue;
    }
    if (t.text === ':') return { index: k, kind: 'colon', ...at };
    const q = quoteOpeningAt(doc.quotes, t.start);
    if (q && quotes && !isNameQuote(doc, q) && !complementiserAfter(doc, q, last)) return { index: k, kind: 'quote', ...at };
    // "، التي ..." opens a clause about the last noun, past any speaker phrase.
    // "، التي ..." and "ـ ... ـ" are asides: skip to where they close.
    const aside = RELATIVES.has(t.norm) && doc.tokens[k - 1]?.text === '،' ? '،' : DASHES.has(t.text) ? t.text : null;
    if (aside) {
      const close = doc.tokens.slice(k + 1, Math.min(last, k + MAX_REGION)).findIndex((x) => x.text === aside);
      if (close < 0) return null;
      k += close + 1;
      continue;
    }
    const cue = t.isWord ? classifyArabic(t.norm) : null;
    if (cue?.type === 'participle' && participle === undefined) {
      participle = k;
      allowed = cue.entry.preps;
    } else if (cue && opensClause(doc, k, cue.conj)) return null;
  }
  return null;
}
