/** Boundaries of Arabic subject noun phrases when no complementiser marks where they end. */
import { isDateOrAdverb, isDefinite, isNameWord, isPersonTitle, isPronounPhrase, isTitle } from './arabicWords';
import { entityAt, type Doc } from './doc';
import { QUOTE_MARKS } from './quotes';

const APPOSITION = new Set(['،', ',', '؛', ';']);

/** A name set off by punctuation after the subject's title: المتحدث ...؛ "محمد الحميدي"؛ — its end. */
function appositionEnd(doc: Doc, from: number, last: number): number | null {
  const open = indexOfSeparator(doc, from + 1, Math.min(last, from + 15));
  if (open < 0) return null;
  const close = indexOfSeparator(doc, open + 1, Math.min(last, open + 7));
  if (close < 0) return null;
  const words = doc.tokens.slice(open + 1, close).filter((t) => !QUOTE_MARKS.has(t.text));
  return words.length > 0 && words.every(isNameWord) ? close + 1 : null;
}

function indexOfSeparator(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to; k++) if (APPOSITION.has(doc.tokens[k]!.text)) return k;
  return -1;
}

/** Past one في phrase at token k (في سقوط الموصل, في الوزارة), else k. */
function afterPrepPhrase(doc: Doc, k: number, last: number): number {
  const next = doc.tokens[k + 1];
  if (k >= last || doc.tokens[k]!.norm !== 'في' || next === undefined) return k;
  if (isDefinite(next.norm)) return Math.min(last, k + 2);
  return isDefinite(doc.tokens[k + 2]?.norm ?? '') ? Math.min(last, k + 3) : k;
}

/**
 * End of the speaker noun phrase when no opener follows (أعلنت لجنة التحقيق في سقوط الموصل
 * إكمال ...; وصف رئيس الوزراء بنيامين نتنياهو الهجوم بأنه): a head, its genitives and
 * adjectives (words with the article), one في phrase, and a name after a person's title.
 */
export function nominalSubjectEnd(doc: Doc, from: number, last: number): number {
  let k = from;
  // "أكد فيه عقد اجتماع": a pronoun after the verb means the subject is not written.
  if (isPronounPhrase(doc.tokens[k]?.norm ?? '')) return k + 1;
  while (k < last && isDateOrAdverb(doc.tokens[k]!)) k++;
  const entity = doc.tokens[k] && entityAt(doc, doc.tokens[k]!.start);
  if (entity) {
    while (k < last && doc.tokens[k]!.start < entity.end) k++;
    // A body's name with what it is about: لجنة التحقيق في سقوط الموصل.
    return entity.type === 'ORG' ? afterPrepPhrase(doc, k, last) : k;
  }
  if (k >= last || !doc.tokens[k]!.isWord) return k;
  const apposition = appositionEnd(doc, k, last);
  if (apposition !== null) return apposition;
  const head = k;
  const personTitled = isPersonTitle(doc.tokens[k]!);
  let prev = doc.tokens[k]!;
  let inName = isNameWord(prev) && !isDefinite(prev.norm);
  k++;
  while (k < last) {
    const t = doc.tokens[k]!;
    const next = doc.tokens[k + 1];
    const definite = isDefinite(t.norm);
    // A family name ends in ي (البصري) or is followed by the object (السفير أحمد الفارس دعم ...);
    // before a complementiser or the end it is the object itself (وصف نتنياهو الهجوم بأنه).
    const objectNext = next !== undefined && next.isWord && isNameWord(next) && !isDefinite(next.norm);
    const family = definite && inName && (/ي$/.test(t.norm) || objectNext);
    const genitive = (definite || (isTitle(t) && isTitle(prev))) && !inName;
    const afterTitle = (personTitled || (k === head + 1 && isTitle(prev))) && (isTitle(prev) || isDefinite(prev.norm));
    // After a title a name starts where the recogniser found one, if it ran: نفى المتحدث وجود خلافات has none.
    const name = isNameWord(t) && !definite && (inName || (afterTitle && (!doc.hasEntities || entityAt(doc, t.start) !== undefined)));
    const pastPrep = inName ? k : afterPrepPhrase(doc, k, last);
    if (pastPrep > k) {
      k = pastPrep;
      prev = doc.tokens[k - 1]!;
      continue;
    }
    // الاتحاد الدولي لكرة القدم (فيفا): a genitive with ل, and an acronym in brackets.
    const lamGenitive = !inName && /^ل[^ل]/.test(t.norm) && next !== undefined && isDefinite(next.norm);
    const close = t.text === '(' ? doc.tokens.slice(k, k + 5).findIndex((x) => x.text === ')') : -1;
    if (lamGenitive || close > 0) {
      k += lamGenitive ? 2 : close + 1;
      prev = doc.tokens[k - 1]!;
      continue;
    }
    if (!genitive && !name && !family) break;
    if (family) return k + 1;
    inName = name;
    prev = t;
    k++;
  }
  return k;
}

const STANCE_HEADS = new Set(['من', 'ومن']);
const STANCE_NOUNS = new Set(['جهته', 'جهتها', 'ناحيته', 'ناحيتها', 'جانبه', 'جانبها', 'طرفه', 'طرفها']);

/** Past an opening "من جهته" or a leading phrase closed by a comma (في سياق متصل،). */
function clauseStart(doc: Doc, first: number, before: number): number {
  const isComma = (k: number): boolean => ['،', ','].includes(doc.tokens[k]?.text ?? '');
  if (STANCE_HEADS.has(doc.tokens[first]?.norm ?? '') && STANCE_NOUNS.has(doc.tokens[first + 1]?.norm ?? '')) {
    return isComma(first + 2) ? first + 3 : first + 2;
  }
  const comma = doc.tokens.slice(first, Math.min(before, first + 5)).findIndex((_, k) => isComma(first + k));
  return comma >= 0 ? first + comma + 1 : first;
}

/**
 * The subject of a sentence that opens with a verb (أصدرت وكالة الجوازات بياناً، مشيرة إلى أن):
 * the participle in that sentence continues it. Gender must agree with the verb's ending.
 */
export function sentenceSubject(doc: Doc, sentenceFirst: number, before: number, feminine: boolean): [number, number] | null {
  const first = clauseStart(doc, sentenceFirst, before);
  const verb = doc.tokens[first];
  if (!verb || !verb.isWord || isDefinite(verb.norm) || isTitle(verb) || !isNameWord(verb) || before <= first + 1) return null;
  if (/ت$/.test(verb.norm) !== feminine) return null;
  const end = nominalSubjectEnd(doc, first + 1, before);
  return end > first + 1 ? [first + 1, end] : null;
}
