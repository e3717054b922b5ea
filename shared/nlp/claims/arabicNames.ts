/** Finding the name inside an Arabic speaker phrase, around titles, bodies and appositions. */
import { PREPOSITIONS } from './arabicLexicon';
import { bareWord, isDefinite, isNameWord, isPersonTitle, isPlaceOrBody, isTitle, trailingName } from './arabicWords';
import type { Doc } from './doc';
import { QUOTE_MARKS } from './quotes';

export type Segment = { first: number; last: number };

const GENERIC_HEADS = new Set(['مجموعه', 'شركه', 'وكاله', 'صحيفه', 'قناه', 'حركه', 'تنظيم', 'حزب', 'جماعه', 'منظمه', 'موقع', 'مجله']);

function firstPreposition(doc: Doc, seg: Segment): number {
  for (let i = seg.first + 1; i < seg.last; i++) if (PREPOSITIONS.has(doc.tokens[i]!.norm)) return i;
  return seg.last;
}

/** A generic head before a name stays outside it: مجموعة إيني الإيطالية gives إيني. */
function afterGenericHead(doc: Doc, seg: Segment): [number, number] | null {
  const head = doc.tokens[seg.first]!;
  if (!GENERIC_HEADS.has(bareWord(head.norm))) return null;
  let end = seg.first + 1;
  while (end < seg.last && end < seg.first + 4 && isNameWord(doc.tokens[end]!) && !isDefinite(doc.tokens[end]!.norm)) end++;
  return end > seg.first + 1 ? [seg.first + 1, end] : null;
}

/** Name words from k on (quote marks are transparent), a family name with the article last. */
function nameRunFrom(doc: Doc, k: number, last: number): number {
  let end = k;
  while (end < last && QUOTE_MARKS.has(doc.tokens[end]!.text)) end++;
  const start = end;
  while (end < last && isNameWord(doc.tokens[end]!)) {
    const family = isDefinite(doc.tokens[end]!.norm);
    if (family && end === start) break;
    end++;
    if (family) break;
  }
  return end;
}

/** Whether a run of name words ends the phrase or meets a title: not a noun in construct (مدير فرع وزارة). */
function endsName(doc: Doc, end: number, last: number): boolean {
  const next = doc.tokens[end];
  return end >= last || next === undefined || !next.isWord || isDefinite(next.norm) || (isTitle(next) && !isPlaceOrBody(next));
}

/** A name right after a person's title, with more after it: العميد يوسف الغتم الوكيل المساعد. */
function nameAfterTitle(doc: Doc, seg: Segment): [number, number] | null {
  for (let k = seg.first; k < seg.last - 1; k++) {
    if (!isPersonTitle(doc.tokens[k]!)) continue;
    const end = nameRunFrom(doc, k + 1, seg.last);
    const start = doc.tokens.slice(k + 1, end).findIndex((t) => !QUOTE_MARKS.has(t.text)) + k + 1;
    if (end > start && start > k && endsName(doc, end, seg.last)) return [start, end];
  }
  return null;
}

/** A name first, its title after it: بن رودس نائب مستشار الأمن القومي. */
function leadingName(doc: Doc, seg: Segment): [number, number] | null {
  const end = nameRunFrom(doc, seg.first, seg.last);
  const next = doc.tokens[end];
  return end > seg.first && next !== undefined && end < seg.last && isTitle(next) && !isDefinite(doc.tokens[seg.first]!.norm) ? [seg.first, end] : null;
}

/**
 * The spokesman reading: "متحدث باسم وزير الخارجية X" and "المتحدث باسم X" name X, not the
 * spokesman; "المتحدث باسم الجيش العميد X" names the spokesman.
 */
function namesAnotherPerson(doc: Doc, seg: Segment, nameStart: number): boolean {
  const words = doc.tokens.slice(seg.first, nameStart);
  if (words[words.length - 1]?.norm === 'باسم') return true;
  const byName = words.findIndex((t) => t.norm === 'باسم');
  const represented = words[byName + 1];
  return byName >= 0 && represented !== undefined && isPersonTitle(represented);
}

type FoundName = { range: [number, number]; forAnother: boolean };

/**
 * The speaker's name in a phrase: at its end (وزير الخارجية فلان), in an apposition set off by
 * commas (مسؤول رفيع، أبو علي البصري،), after a title (العميد فلان الوكيل), before its title
 * (فلان نائب المستشار), or after a generic head (مجموعة إيني).
 */
export function findName(doc: Doc, core: Segment, apposed: Segment[]): FoundName | null {
  const inCore = trailingName(doc.tokens, core.first, core.last) ?? trailingName(doc.tokens, core.first, firstPreposition(doc, core));
  if (inCore) return { range: inCore, forAnother: namesAnotherPerson(doc, core, inCore[0]) };
  for (const seg of apposed) {
    const name = trailingName(doc.tokens, seg.first, seg.last);
    if (name && name[0] === seg.first) return { range: name, forAnother: false };
  }
  const other = nameAfterTitle(doc, core) ?? leadingName(doc, core) ?? afterGenericHead(doc, core);
  return other ? { range: other, forAnother: false } : null;
}
