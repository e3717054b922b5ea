/** Reads every Arabic attribution in a document into frames (speaker mention, cue, content). */
import { COMPLEMENTISERS } from './arabicLexicon';
import { classifyArabic, findOpener, type ArabicCue } from './arabicCues';
import { readContentAfter, readContentFrom } from './arabicContent';
import { readArabicRegion, readArabicSubjectBefore, type RegionReading } from './arabicSpeaker';
import { isDateOrAdverb, isDefinite, isNameWord, isTitle } from './arabicWords';
import { trimContent } from './contentSpan';
import { entityAt, sentenceTokens, type Doc } from './doc';
import type { Frame, Mention } from './frame';
import { enclosingQuote } from './quotes';

type Ctx = { doc: Doc; frames: Frame[]; consumed: Set<number> };

const SEPARATORS = new Set(['،', ',', '؛', ';', '.']);

function confidenceOf(mention: Mention | null): number {
  if (!mention) return 0.75;
  return mention.kind === 'name' ? 0.9 : 0.85;
}

function regionOf(doc: Doc, from: number, to: number): RegionReading {
  return from < to ? readArabicRegion(doc, from, to) : { mention: null, names: [] };
}

function withReading(frame: Omit<Frame, 'names' | 'mention' | 'confidence'>, reading: RegionReading, outlet?: string): Frame {
  return {
    ...frame,
    mention: reading.mention,
    names: reading.names,
    confidence: confidenceOf(reading.mention),
    ...(reading.medium ? { medium: reading.medium } : {}),
    ...(outlet ? { outlet } : {}),
  };
}

/** End of the speaker noun phrase when no opener follows (أعلنت لجنة التحقيق في سقوط الموصل إكمال ...). */
function nominalSubjectEnd(doc: Doc, from: number, last: number): number {
  let k = from;
  while (k < last && isDateOrAdverb(doc.tokens[k]!)) k++;
  const entity = doc.tokens[k] && entityAt(doc, doc.tokens[k]!.start);
  if (entity) {
    while (k < last && doc.tokens[k]!.start < entity.end) k++;
    return k;
  }
  if (k >= last || !doc.tokens[k]!.isWord) return k;
  let prev = doc.tokens[k]!;
  k++;
  while (k < last) {
    const t = doc.tokens[k]!;
    const next = doc.tokens[k + 1];
    const genitive = isDefinite(t.norm) && (isTitle(prev) || isDefinite(prev.norm) || /ي$/.test(t.norm));
    const name = isNameWord(t) && !isDefinite(t.norm) && isNameWord(prev) && !isTitle(prev) && !isDefinite(prev.norm);
    const prepPhrase = t.norm === 'في' && next !== undefined && (isDefinite(next.norm) || isDefinite(doc.tokens[k + 2]?.norm ?? ''));
    if (prepPhrase) {
      k += isDefinite(next.norm) ? 2 : 3;
      prev = doc.tokens[k - 1]!;
      continue;
    }
    if (!genitive && !name) break;
    prev = t;
    k++;
  }
  return k;
}

function verbFrame(ctx: Ctx, i: number, cue: Extract<ArabicCue, { type: 'verb' | 'participle' }>): Frame | null {
  const { doc } = ctx;
  const tok = doc.tokens[i]!;
  const { first, last, range } = sentenceTokens(doc, i);
  const agreement = { gender: cue.entry.gender ?? 'm', plural: cue.entry.number === 'pl' };
  const opener = findOpener(doc, i, last, cue.entry.preps);
  if (!opener) {
    if (cue.type !== 'verb' || !cue.entry.nominal) return null;
    const subjectEnd = nominalSubjectEnd(doc, i + 1, last);
    const content = subjectEnd > i + 1 ? readContentFrom(doc, subjectEnd, last) : null;
    if (!content) return null;
    const reading = regionOf(doc, i + 1, subjectEnd);
    return { ...withReading({ cue: [tok.start, tok.end], content: content.span, direct: false, sentence: range, ...agreement }, reading), confidence: 0.6 };
  }
  if (opener.participle !== undefined) ctx.consumed.add(opener.participle);
  const content = readContentAfter(doc, i, opener, last);
  if (!content) return null;
  const regionEnd = opener.participle ?? opener.index;
  let reading = cue.type === 'verb' ? regionOf(doc, i + 1, regionEnd) : { mention: null, names: [] };
  if (opener.participle !== undefined) {
    const tail = regionOf(doc, opener.participle + 1, opener.index);
    if (tail.medium && !reading.medium) reading = { ...reading, medium: tail.medium };
  } else if (cue.type === 'participle') {
    reading = { ...regionOf(doc, i + 1, opener.index), mention: null };
  }
  if (!reading.mention && cue.type === 'verb' && !cue.conj) {
    const before = readArabicSubjectBefore(doc, i, first);
    if (before) reading = { ...reading, mention: before };
  }
  const cueStart = opener.participle !== undefined ? doc.tokens[opener.participle]!.start : tok.start;
  return withReading({ cue: [cueStart, content.cueEnd], content: content.span, direct: content.direct, sentence: range, ...agreement }, reading);
}

/** Tokens up to the next token with one of the given normalised forms, within max tokens. */
function indexOfWord(ctx: Ctx, from: number, last: number, words: (norm: string) => boolean, max: number): number {
  for (let k = from; k < last && k < from + max; k++) if (words(ctx.doc.tokens[k]!.norm)) return k;
  return -1;
}

function outletText(doc: Doc, from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const span = trimContent(doc.text, doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  return span ? doc.text.slice(span[0], span[1]).replace(/^["«“]|["»”]$/g, '') : undefined;
}

/** نقلت وكالة X عن Y قوله إن ... and علمت X من Y أن ...: Y is the speaker, X the outlet. */
function relayFrame(ctx: Ctx, i: number, source: 'عن' | 'من'): Frame | null {
  const { doc } = ctx;
  const { last, range } = sentenceTokens(doc, i);
  const from = indexOfWord(ctx, i + 1, last, (w) => w === source, 10);
  if (from < 0) return null;
  const saying = indexOfWord(ctx, from + 1, last, (w) => classifyArabic(w)?.type === 'saying' || COMPLEMENTISERS.has(w) || w === ':', 20);
  if (saying < 0) return null;
  const isSaying = classifyArabic(doc.tokens[saying]!.norm)?.type === 'saying';
  if (isSaying) ctx.consumed.add(saying);
  const opener = isSaying ? findOpener(doc, saying, last, []) : { index: saying, kind: doc.tokens[saying]!.text === ':' ? 'colon' as const : 'comp' as const };
  const contentFrom = opener ? opener.index + (opener.kind === 'quote' ? 0 : 1) : saying + 1;
  const content = readContentFrom(doc, contentFrom, last);
  if (!content) return null;
  const cueTok = isSaying ? saying : i;
  const cueEnd = opener && opener.index === cueTok + 1 && opener.kind === 'comp' ? doc.tokens[opener.index]!.end : doc.tokens[cueTok]!.end;
  const reading = regionOf(doc, from + 1, saying);
  const direct = content.direct || opener?.kind === 'colon' || (isSaying && !opener);
  return withReading({ cue: [doc.tokens[cueTok]!.start, cueEnd], content: content.span, direct, sentence: range, gender: 'm', plural: false }, reading, outletText(doc, i + 1, from));
}

/** بحسب X / وفقاً لـ X / نقلاً عن X: the content is the clause around it. */
function attributionFrame(ctx: Ctx, i: number): Frame | null {
  const { doc } = ctx;
  const { first, last, range } = sentenceTokens(doc, i);
  let k = i + 1;
  while (k < last && ['ل', 'لـ', 'عن', 'ما'].includes(doc.tokens[k]!.norm)) k++;
  const verb = doc.tokens[k] && classifyArabic(doc.tokens[k]!.norm);
  if (verb?.type === 'verb' && doc.tokens[k - 1]?.norm === 'ما') ctx.consumed.add(k++);
  const end = indexOfWord(ctx, k, last, (w) => SEPARATORS.has(w), 10);
  const regionEnd = end < 0 ? Math.min(last, k + 10) : end;
  const reading = regionOf(doc, k, regionEnd);
  if (!reading.mention) return null;
  const cue: [number, number] = [doc.tokens[i]!.start, doc.tokens[k - 1]!.end];
  const base = { cue, sentence: range, direct: false, gender: 'm' as const, plural: false };
  if (i - first <= 1) {
    const content = readContentFrom(doc, regionEnd + 1, last);
    return content ? { ...withReading({ ...base, content: content.span }, reading), confidence: 0.7 } : null;
  }
  const previous = ctx.frames[ctx.frames.length - 1];
  const shared = previous && previous.sentence.start === range.start ? previous.content : null;
  const span = shared ?? trimContent(doc.text, range.start, doc.tokens[i]!.start);
  return span ? { ...withReading({ ...base, content: span }, reading), confidence: 0.7 } : null;
}

function frameAt(ctx: Ctx, i: number): Frame | null {
  const tok = ctx.doc.tokens[i]!;
  const cue = tok.isWord ? classifyArabic(tok.norm) : null;
  if (!cue) return null;
  const quoted = enclosingQuote(ctx.doc.quotes, tok.start);
  if (quoted && cue.type !== 'participle') return null;
  switch (cue.type) {
    case 'verb':
    case 'participle':
      return verbFrame(ctx, i, cue);
    case 'relay':
      return relayFrame(ctx, i, 'عن');
    case 'learned':
      return relayFrame(ctx, i, 'من');
    case 'attribution':
      return attributionFrame(ctx, i);
    case 'saying':
      return null;
  }
}

export function readArabicFrames(doc: Doc): Frame[] {
  const ctx: Ctx = { doc, frames: [], consumed: new Set() };
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.consumed.has(i)) continue;
    const frame = frameAt(ctx, i);
    if (frame) ctx.frames.push(frame);
  }
  return ctx.frames;
}

