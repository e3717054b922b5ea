/** Reads the words between an Arabic reporting verb and its content: speaker, medium, dates. */
import { isArabicPluralHead } from './arabicLexicon';
import { bareWord, isDateOrAdverb, isDefinite, isMediumWord, isNameWord, trailingName } from './arabicWords';
import type { Doc } from './doc';
import type { Mention } from './frame';
import { QUOTE_MARKS } from './quotes';
import type { Token } from './textUnits';

export type RegionReading = { mention: Mention | null; medium?: string; names: Mention[] };

const SEPARATORS = new Set(['،', ',', '؛', ';', '-', '–', '—', '(', ')', '.']);
const RELATIVES = new Set(['وهو', 'وهي', 'وهم', 'الذي', 'التي', 'الذين', 'والذي', 'والتي', 'هو', 'هي']);
const PREPOSITIONS = new Set(['في', 'من', 'علي', 'عن', 'خلال', 'امام', 'لدي', 'عبر', 'الي', 'مع']);
const MEDIUM_ADJECTIVES = /^(منفصل|مشترك|مقتضب|متلفز|صحفي|صحافي|رسمي|خاص)/;
/** Person titles after which a name belongs to that person, not to the spokesman (متحدث باسم وزير ... X). */
const PERSON_TITLES = new Set(['وزير', 'رئيس', 'زعيم', 'قائد', 'امين', 'ملك', 'امير', 'مدير', 'محافظ', 'سفير']);

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

function descriptorsOf(doc: Doc, seg: Segment): string[] {
  return doc.tokens.slice(seg.first, seg.last).filter((t) => t.isWord).map((t) => bareWord(t.norm));
}

/** The spokesman reading: "متحدث باسم وزير الخارجية X" names the minister, not the spokesman. */
function namesAnotherPerson(doc: Doc, seg: Segment, nameStart: number): boolean {
  const words = doc.tokens.slice(seg.first, nameStart).map((t) => bareWord(t.norm));
  const byName = words.indexOf('باسم');
  return byName >= 0 && words.slice(byName + 1).some((w) => PERSON_TITLES.has(w));
}

export function readArabicRegion(doc: Doc, first: number, last: number): RegionReading {
  const medium: { value?: string } = {};
  const segs = segments(doc, first, last, medium);
  const base = medium.value ? { medium: medium.value } : {};
  const core = segs[0];
  if (!core) return { mention: null, names: [], ...base };
  const descriptors = descriptorsOf(doc, core);
  for (const seg of segs.slice(1)) {
    const name = trailingName(doc.tokens, seg.first, seg.last);
    if (name && name[0] === seg.first) {
      return { mention: mentionOf(doc, name[0], name[1], 'name', descriptors), names: [], ...base };
    }
  }
  const name = trailingName(doc.tokens, core.first, core.last) ?? trailingName(doc.tokens, core.first, firstPreposition(doc, core)) ?? afterGenericHead(doc, core);
  if (name && namesAnotherPerson(doc, core, name[0])) {
    const person = mentionOf(doc, name[0], name[1], 'name', []);
    const spokesman = mentionOf(doc, core.first, name[0], 'description', descriptors);
    return { mention: { ...spokesman, start: spokesman.start, end: person.end }, names: [person], ...base };
  }
  if (name) return { mention: mentionOf(doc, name[0], name[1], 'name', descriptors), names: [], ...base };
  return { mention: mentionOf(doc, core.first, core.last, 'description', descriptors), names: [], ...base };
}

/** A name written just before the verb (SVO, as in "أن غيدان أكد أن"). */
export function readArabicSubjectBefore(doc: Doc, cueIndex: number, sentenceFirst: number): Mention | null {
  const name = trailingName(doc.tokens, sentenceFirst, cueIndex);
  return name ? mentionOf(doc, name[0], name[1], 'name', []) : null;
}
