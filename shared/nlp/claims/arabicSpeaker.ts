/** Reads the words between an Arabic reporting verb and its content: speaker, medium, dates. */
import { ATTRIBUTION_PREPS, COMPLEMENTISERS, isArabicPluralHead, PREPOSITIONS } from './arabicLexicon';
import { findName, type Segment } from './arabicNames';
import { bareWord, isDateOrAdverb, isDefinite, isMediumWord, isNameWord, isPronounPhrase, isTitle, stripConjunction, trailingName } from './arabicWords';
import type { Doc } from './doc';
import type { Mention } from './frame';
import { QUOTE_MARKS } from './quotes';
import type { Token } from './textUnits';

export type RegionReading = { mention: Mention | null; medium?: string; names: Mention[] };

const SEPARATORS = new Set(['،', ',', '؛', ';', '-', '–', '—', '(', ')', '.']);
/** Words after which the speaker phrase is over: relatives, subordinators, a demonstrative object. */
const PHRASE_ENDS = new Set(['وهو', 'وهي', 'وهم', 'الذي', 'التي', 'الذين', 'والذي', 'والتي', 'هو', 'هي', 'دون', 'بدون', 'رغم',
  'بعد', 'قبل', 'حيث', 'عندما', 'حين', 'لان', 'كي', 'حتي', 'ان', 'هذه', 'هذا', 'ذلك', 'تلك', 'هؤلاء']);
/** Who a statement is made to: للصحفيين، لوكالة، للتلفزيون. */
const ADDRESSEES = new Set(['صحفيين', 'صحفي', 'صحافه', 'صحافيين', 'صحيفه', 'وكاله', 'قناه', 'تلفزيون', 'اذاعه', 'موقع', 'مجله',
  'جريده', 'وسائل', 'مراسل', 'مراسلي', 'اعلاميين', 'صحف', 'شبكه']);

/** Heads of partitive speakers: أحد السكان، عدد من المستهلكين، بعض الخبراء. */
const QUANTIFIERS = new Set(['احد', 'احدي', 'عدد', 'بعض', 'معظم', 'جميع', 'كل', 'غالبيه', 'اغلب']);
const CONTRASTS = new Set(['لكن', 'ولكن', 'بينما', 'فيما']);
const AUXILIARIES = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
const MEDIUM_ADJECTIVES = /^(منفصل|مشترك|مقتضب|متلفز|صحفي|صحافي|رسمي|خاص)/;


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
    // An addressee (لـ"الوطن"، للصحفيين، لوكالة) ends the region; relative clauses, media and
    // dates inside a phrase (البعثة الأمريكية الأحد على حسابها) end the phrase.
    const addressee = /^لـ/.test(tok.text) || (/^ل/.test(tok.norm) && ADDRESSEES.has(bareWord(tok.norm.replace(/^ل(?!ل)/, ''))));
    if (addressee) {
      push(i);
      return out;
    }
    const dated = i > start && isDateOrAdverb(tok) && !isPronounPhrase(tok.norm);
    if (isMediumPhrase || PHRASE_ENDS.has(tok.norm) || ATTRIBUTION_PREPS.has(tok.norm) || ATTRIBUTION_PREPS.has(stripConjunction(tok.norm)) || dated) {
      push(i);
      cut = true;
    }
  }
  if (!cut) push(last);
  return out;
}

function descriptorsOf(doc: Doc, seg: Segment): string[] {
  return doc.tokens.slice(seg.first, seg.last).filter((t) => t.isWord).map((t) => bareWord(t.norm));
}

/** A person the caller's NER found in the region is the speaker's name. */
function personEntity(doc: Doc, first: number, last: number): Mention | undefined {
  const from = doc.tokens[first]!.start;
  const to = doc.tokens[last - 1]!.end;
  const e = doc.entities.find((en) => en.type === 'PER' && en.start >= from && en.end <= to);
  return e ? { start: e.start, end: e.end, text: doc.text.slice(e.start, e.end), kind: 'name', descriptors: [], plural: false } : undefined;
}

/**
 * A description ends before a participle that takes its own complement: "قيادة العمليات
 * المسؤولة عن أمن الغرب" gives "قيادة العمليات"; "لجنة التحقيق في سقوط الموصل" stays whole.
 */
function descriptionEnd(doc: Doc, seg: Segment): number {
  for (let k = seg.first + 1; k < seg.last - 1; k++) {
    const norm = doc.tokens[k]!.norm;
    const participle = /^ال(م|.ا..ه?$)/.test(norm);
    if (participle && PREPOSITIONS.has(doc.tokens[k + 1]!.norm)) return k;
  }
  return seg.last;
}

export function readArabicRegion(doc: Doc, first: number, last: number): RegionReading {
  const medium: { value?: string } = {};
  const segs = segments(doc, first, last, medium);
  const base = medium.value ? { medium: medium.value } : {};
  // The speaker phrase starts with a name, a title or a definite noun, never a particle (دون أن ...).
  const core = segs.find((seg) => {
    const head = doc.tokens[seg.first]!;
    return isNameWord(head) || isTitle(head) || isDefinite(head.norm) || (QUANTIFIERS.has(head.norm) && seg.last > seg.first + 1);
  });
  if (!core) return { mention: null, names: [], ...base };
  const descriptors = descriptorsOf(doc, core);
  const person = personEntity(doc, first, last);
  if (person) return { mention: { ...person, descriptors }, names: [], ...base };
  const found = findName(doc, core, segs.slice(segs.indexOf(core) + 1));
  if (found?.forAnother) {
    const person = mentionOf(doc, found.range[0], found.range[1], 'name', []);
    const spokesman = mentionOf(doc, core.first, found.range[0], 'description', descriptors);
    return { mention: { ...spokesman, end: person.end }, names: [person], ...base };
  }
  if (found) return { mention: mentionOf(doc, found.range[0], found.range[1], 'name', descriptors), names: [], ...base };
  return { mention: mentionOf(doc, core.first, descriptionEnd(doc, core), 'description', descriptors), names: [], ...base };
}

/** "أما المحامي فلان، فقد كتب ...": the topic before the comma is the subject of the ف clause. */
function topicSubject(doc: Doc, cueIndex: number, sentenceFirst: number): Mention | null | undefined {
  if (!['اما', 'واما'].includes(doc.tokens[sentenceFirst]?.norm ?? '')) return undefined;
  const comma = doc.tokens.slice(sentenceFirst, cueIndex).findIndex((t) => t.text === '،' || t.text === ',') + sentenceFirst;
  if (comma <= sentenceFirst + 1) return undefined;
  const between = doc.tokens.slice(comma + 1, cueIndex + 1);
  const resumes = between.length > 0 && /^ف/.test(between[0]!.norm) && between.length <= 2;
  return resumes ? readArabicRegion(doc, sentenceFirst + 1, comma).mention : undefined;
}

/**
 * A name written just before the verb (SVO: "أن غيدان أكد أن", "الفريق علي غيدان أبلغ"). The
 * name must open its clause: after a complementiser, punctuation, a title or the sentence start.
 */
export function readArabicSubjectBefore(doc: Doc, cueIndex: number, sentenceFirst: number): Mention | null {
  const topic = topicSubject(doc, cueIndex, sentenceFirst);
  if (topic !== undefined) return topic;
  // "وكانت وزيرة الإعلام نادية السقاف قد قالت": the phrase between كان and قد is the subject.
  if (['قد', 'لقد'].includes(doc.tokens[cueIndex - 1]?.norm ?? '')) {
    for (let k = cueIndex - 2; k >= sentenceFirst && k >= cueIndex - 12; k--) {
      if (!AUXILIARIES.has(doc.tokens[k]!.norm)) continue;
      // "كانت الوزيرة فلانة قد قالت", or the subject before كان: "علي النعيمي، الوزير، كان قد أشار".
      if (k + 1 < cueIndex - 1) return readArabicRegion(doc, k + 1, cueIndex - 1).mention;
      return k > sentenceFirst ? readArabicRegion(doc, sentenceFirst, k).mention : null;
    }
    return null;
  }
  const name = trailingName(doc.tokens, sentenceFirst, cueIndex);
  if (!name) {
    // A definite phrase right after a complementiser, كان or لكن: "أن المديرية العامة للجوازات
    // أعلنت"، "لكن الوزارة أكدت".
    let j = cueIndex - 1;
    while (j > sentenceFirst && cueIndex - j <= 4 && isDefinite(doc.tokens[j]!.norm) && !isDateOrAdverb(doc.tokens[j]!)) j--;
    const opener = doc.tokens[j]?.norm ?? '';
    const described = j < cueIndex - 1 && (COMPLEMENTISERS.has(opener) || AUXILIARIES.has(opener) || CONTRASTS.has(opener));
    return described ? mentionOf(doc, j + 1, cueIndex, 'description', doc.tokens.slice(j + 1, cueIndex).map((t) => bareWord(t.norm))) : null;
  }
  const left = doc.tokens[name[0] - 1];
  const opensClause = name[0] === sentenceFirst || !left || !left.isWord || COMPLEMENTISERS.has(left.norm) || isTitle(left) || AUXILIARIES.has(left.norm);
  return opensClause ? mentionOf(doc, name[0], name[1], 'name', []) : null;
}
