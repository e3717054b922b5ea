/** Reads the words between an Arabic reporting verb and its content: speaker, medium, dates. */
import { COMPLEMENTISERS, isArabicPluralHead } from './arabicLexicon';
import { bareWord, isDateOrAdverb, isDefinite, isMediumWord, isNameWord, isPersonTitle, isTitle, trailingName } from './arabicWords';
import type { Doc } from './doc';
import type { Mention } from './frame';
import { QUOTE_MARKS } from './quotes';
import type { Token } from './textUnits';

export type RegionReading = { mention: Mention | null; medium?: string; names: Mention[] };

const SEPARATORS = new Set(['،', ',', '؛', ';', '-', '–', '—', '(', ')', '.']);
const RELATIVES = new Set(['وهو', 'وهي', 'وهم', 'الذي', 'التي', 'الذين', 'والذي', 'والتي', 'هو', 'هي']);
const AUXILIARIES = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
const PREPOSITIONS = new Set(['في', 'من', 'علي', 'عن', 'خلال', 'امام', 'لدي', 'عبر', 'الي', 'مع']);
const MEDIUM_ADJECTIVES = /^(منفصل|مشترك|مقتضب|متلفز|صحفي|صحافي|رسمي|خاص)/;

type Segment = { first: number; last: number };

function mentionOf(doc: Doc, first: number, last: number, kind: Mention['kind'], descriptors: string[]): Mention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last - 1]!.end;
  const head = doc.tokens[first]!.norm;
  return { start, end, text: doc.text.slice(start, end), kind, descriptors, plural: kind !== 'name' && isArabicPluralHead(head) };
}

/** Splits at commas and dashes, drops quote marks, dates, relative clauses and "في بيان". */
function segments(doc: Doc, first: number, last: number, medium: { value?: string }): Segment[] {
  const out: Segment[] = [];
  let start = first;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    const skip = (t: Token): boolean => QUOTE_MARKS.has(t.text) || isDateOrAdverb(t);
    while (s < e && skip(doc.tokens[s]!)) s++;
    while (e > s && skip(doc.tokens[e - 1]!)) e--;
    if (e > s) out.push({ first: s, last: e });
  };
  let cut = false;
  for (let i = first; i < last; i++) {
    const tok = doc.tokens[i]!;
    if (SEPARATORS.has(tok.text)) {
      if (!cut) push(i);
      start = i + 1;
      cut = false;
      continue;
    }
    if (cut) continue;
    const next = doc.tokens[i + 1];
    const isMediumPhrase = PREPOSITIONS.has(tok.norm) && next !== undefined && isMediumWord(next);
    if (isMediumPhrase && !medium.value) {
      const adj = doc.tokens[i + 2];
      const end = adj && i + 2 < last && MEDIUM_ADJECTIVES.test(adj.norm) ? adj.end : next.end;
      medium.value = doc.text.slice(next.start, end);
    }
    // Addressees (للصحفيين، لوكالة) and relative clauses end the speaker phrase.
    const addressee = /^(لل|لـ)/.test(tok.text);
    if (isMediumPhrase || RELATIVES.has(tok.norm) || addressee) {
      push(i);
      cut = true;
    }
  }
  if (!cut) push(last);
  return out;
}

function firstPreposition(doc: Doc, seg: Segment): number {
  for (let i = seg.first + 1; i < seg.last; i++) if (PREPOSITIONS.has(doc.tokens[i]!.norm)) return i;
  return seg.last;
}

const GENERIC_HEADS = new Set(['مجموعه', 'شركه', 'وكاله', 'صحيفه', 'قناه', 'حركه', 'تنظيم', 'حزب', 'جماعه', 'منظمه', 'موقع', 'مجله']);

/** A generic head before a name stays outside it: مجموعة إيني الإيطالية gives إيني. */
function afterGenericHead(doc: Doc, seg: Segment): [number, number] | null {
  const head = doc.tokens[seg.first]!;
  if (!GENERIC_HEADS.has(bareWord(head.norm))) return null;
  let end = seg.first + 1;
  while (end < seg.last && end < seg.first + 4 && isNameWord(doc.tokens[end]!) && !isDefinite(doc.tokens[end]!.norm)) end++;
  return end > seg.first + 1 ? [seg.first + 1, end] : null;
}

/** A name right after a person's title, with more titles after it: العميد يوسف الغتم الوكيل المساعد. */
function nameAfterTitle(doc: Doc, seg: Segment): [number, number] | null {
  for (let k = seg.first; k < seg.last - 1; k++) {
    if (!isPersonTitle(doc.tokens[k]!)) continue;
    let end = k + 1;
    while (end < seg.last && isNameWord(doc.tokens[end]!)) {
      const family = isDefinite(doc.tokens[end]!.norm);
      if (family && end === k + 1) break;
      end++;
      if (family) break;
    }
    if (end > k + 1) return [k + 1, end];
  }
  return null;
}

function descriptorsOf(doc: Doc, seg: Segment): string[] {
  return doc.tokens.slice(seg.first, seg.last).filter((t) => t.isWord).map((t) => bareWord(t.norm));
}

/** The spokesman reading: "متحدث باسم وزير الخارجية X" and "المتحدث باسم X" name X, not the spokesman. */
function namesAnotherPerson(doc: Doc, seg: Segment, nameStart: number): boolean {
  const words = doc.tokens.slice(seg.first, nameStart);
  if (words[words.length - 1]?.norm === 'باسم') return true;
  const byName = words.findIndex((t) => t.norm === 'باسم');
  return byName >= 0 && words.slice(byName + 1).some(isPersonTitle);
}

/** A person the caller's NER found in the region is the speaker's name. */
function personEntity(doc: Doc, first: number, last: number): Mention | undefined {
  const from = doc.tokens[first]!.start;
  const to = doc.tokens[last - 1]!.end;
  const e = doc.entities.find((en) => en.type === 'PER' && en.start >= from && en.end <= to);
  return e ? { start: e.start, end: e.end, text: doc.text.slice(e.start, e.end), kind: 'name', descriptors: [], plural: false } : undefined;
}

export function readArabicRegion(doc: Doc, first: number, last: number): RegionReading {
  const medium: { value?: string } = {};
  const segs = segments(doc, first, last, medium);
  const base = medium.value ? { medium: medium.value } : {};
  // The speaker phrase starts with a name, a title or a definite noun, never a particle (دون أن ...).
  const core = segs.find((seg) => {
    const head = doc.tokens[seg.first]!;
    return isNameWord(head) || isTitle(head) || isDefinite(head.norm);
  });
  if (!core) return { mention: null, names: [], ...base };
  const descriptors = descriptorsOf(doc, core);
  const person = personEntity(doc, first, last);
  if (person) return { mention: { ...person, descriptors }, names: [], ...base };
  const name =
    trailingName(doc.tokens, core.first, core.last) ??
    trailingName(doc.tokens, core.first, firstPreposition(doc, core)) ??
    nameAfterTitle(doc, core) ??
    afterGenericHead(doc, core);
  for (const seg of name ? [] : segs.slice(segs.indexOf(core) + 1)) {
    const apposed = trailingName(doc.tokens, seg.first, seg.last);
    if (apposed && apposed[0] === seg.first) {
      return { mention: mentionOf(doc, apposed[0], apposed[1], 'name', descriptors), names: [], ...base };
    }
  }
  if (name && namesAnotherPerson(doc, core, name[0])) {
    const person = mentionOf(doc, name[0], name[1], 'name', []);
    const spokesman = mentionOf(doc, core.first, name[0], 'description', descriptors);
    return { mention: { ...spokesman, start: spokesman.start, end: person.end }, names: [person], ...base };
  }
  if (name) return { mention: mentionOf(doc, name[0], name[1], 'name', descriptors), names: [], ...base };
  return { mention: mentionOf(doc, core.first, core.last, 'description', descriptors), names: [], ...base };
}

/**
 * A name written just before the verb (SVO: "أن غيدان أكد أن", "الفريق علي غيدان أبلغ"). The
 * name must open its clause: after a complementiser, punctuation, a title or the sentence start.
 */
export function readArabicSubjectBefore(doc: Doc, cueIndex: number, sentenceFirst: number): Mention | null {
  const name = trailingName(doc.tokens, sentenceFirst, cueIndex);
  if (!name) {
    // A definite noun right after a complementiser or كان: "أن الكلية طالبت"، "وكانت الشركة أعلنت".
    const noun = doc.tokens[cueIndex - 1];
    const comp = doc.tokens[cueIndex - 2];
    const described = noun && comp && isDefinite(noun.norm) && !isDateOrAdverb(noun) && (COMPLEMENTISERS.has(comp.norm) || AUXILIARIES.has(comp.norm));
    return described ? mentionOf(doc, cueIndex - 1, cueIndex, 'description', [bareWord(noun.norm)]) : null;
  }
  const left = doc.tokens[name[0] - 1];
  const opensClause = name[0] === sentenceFirst || !left || !left.isWord || COMPLEMENTISERS.has(left.norm) || isTitle(left) || isDefinite(left.norm);
  return opensClause ? mentionOf(doc, name[0], name[1], 'name', []) : null;
}
