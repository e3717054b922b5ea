/** Reads every Arabic attribution in a document into frames (speaker mention, cue, content). */
import { COMPLEMENTISERS, IMPERSONAL_LEMMAS, MANNER_NOUNS } from './arabicLexicon';
import { classifyArabic, findOpener, opensClause, type ArabicCue } from './arabicCues';
import { readContentAfter, readContentFrom } from './arabicContent';
import { readArabicRegion, readArabicSubjectBefore, type RegionReading } from './arabicSpeaker';
import { bareWord, COMPOUND_HEADS, isDateOrAdverb, isDefinite, isNameWord, isTitle } from './arabicWords';
import { nominalSubjectEnd, sentenceSubject } from './arabicSubject';
import { trimContent } from './contentSpan';
import { sentenceTokens, type Doc } from './doc';
import type { Frame, Mention } from './frame';
import { enclosingQuote, quoteEndingBefore } from './quotes';

type Ctx = { doc: Doc; frames: Frame[]; consumed: Set<number> };

const SEPARATORS = new Set(['،', ',', '؛', ';', '.']);
const MAX_SOURCE = 6;
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'اللواتي', 'اللاتي']);

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

/**
 * A participle or subjectless verb with no earlier claim in its sentence continues the subject of
 * the verb that opens the sentence (ثمّن السفير فلان الدعم، مؤكداً أن ...).
 */
function participleSubject(ctx: Ctx, i: number, first: number, feminine: boolean): Mention | null {
  const { doc } = ctx;
  const previous = ctx.frames[ctx.frames.length - 1];
  if (previous && previous.sentence.start === doc.sentences[doc.sentenceOf[i]!]?.start) return null;
  const subject = sentenceSubject(doc, first, i, feminine);
  return subject ? readArabicRegion(doc, subject[0], subject[1]).mention : null;
}

/**
 * دعا/طالب take an addressee: "ودعت الوزارة المواطنين إلى" has a subject before it, "ودعت
 * جميع المقيمين إلى" only the addressee, its subject dropped.
 */
function demandSubject(doc: Doc, from: number, to: number): RegionReading {
  const head = doc.tokens[from];
  const subject = head !== undefined && (isTitle(head) || (isNameWord(head) && !isDefinite(head.norm)));
  if (!head || from >= to || !subject) return regionOf(doc, from, from);
  let end = nominalSubjectEnd(doc, from, to);
  // A plural of people after the subject is the addressee: ودعت الوزارة المواطنين.
  while (end - 1 > from && /^ال.*(ين|ون)$/.test(doc.tokens[end - 1]!.norm)) end--;
  return regionOf(doc, from, end);
}

function verbFrame(ctx: Ctx, i: number, cue: Extract<ArabicCue, { type: 'verb' | 'participle' }>): Frame | null {
  const { doc } = ctx;
  const tok = doc.tokens[i]!;
  const { first, last, range } = sentenceTokens(doc, i);
  const entry = cue.entry;
  const agreement = { gender: entry.gender ?? 'm', plural: entry.number === 'pl' };
  const subjectBefore = cue.type === 'verb' && !cue.conj ? readArabicSubjectBefore(doc, i, first) : null;
  const opener = findOpener(doc, i, last, entry.preps, entry.quotes);
  if (!opener) {
    if (cue.type !== 'verb' || !entry.nominal || entry.present) return null;
    let subjectEnd = subjectBefore ? i + 1 : nominalSubjectEnd(doc, i + 1, last);
    while (subjectEnd < last && isDateOrAdverb(doc.tokens[subjectEnd]!)) subjectEnd++;
    const content = subjectEnd > i + 1 || subjectBefore ? readContentFrom(doc, subjectEnd, last) : null;
    if (!content) return null;
    // "وطالب الجهات المعنية بسرعة ...": the addressee stays outside the content and is not the speaker.
    const reading = subjectBefore ? { mention: subjectBefore, names: [] } : entry.demand ? demandSubject(doc, i + 1, subjectEnd) : regionOf(doc, i + 1, subjectEnd);
    return { ...withReading({ cue: [tok.start, tok.end], content: content.span, direct: false, sentence: range, ...agreement }, reading), confidence: 0.6 };
  }
  const regionEnd = opener.participle ?? opener.index;
  if (entry.object && !subjectBefore && regionEnd > i + 1) {
    const subjectEnd = nominalSubjectEnd(doc, i + 1, regionEnd);
    const content = subjectEnd < regionEnd ? readContentFrom(doc, subjectEnd, last) : null;
    if (content) {
      return withReading({ cue: [tok.start, tok.end], content: content.span, direct: false, sentence: range, ...agreement }, regionOf(doc, i + 1, subjectEnd));
    }
  }
  // معتبراً بيع المجسم سلوكاً "غير أخلاقي": after a participle's object, a quote is part of the content.
  const objectFirst = cue.type === 'participle' && opener.kind === 'quote' && regionEnd > i + 1;
  const fromObject = objectFirst ? readContentFrom(doc, i + 1, last) : null;
  const content = fromObject ? { ...fromObject, cueEnd: tok.end } : objectFirst ? null : readContentAfter(doc, i, opener, last);
  if (!content) return null;
  if (opener.participle !== undefined) ctx.consumed.add(opener.participle);
  let reading = entry.demand ? demandSubject(doc, i + 1, regionEnd) : regionOf(doc, i + 1, regionEnd);
  // VSO is the rule; a name before the verb wins only over an object (أبلغ لجنة التحقيق).
  if (cue.type === 'participle') reading = { ...reading, mention: participleSubject(ctx, i, first, entry.gender === 'f') };
  else if (subjectBefore && reading.mention?.kind !== 'name') reading = { ...reading, mention: subjectBefore };
  else if (!reading.mention && i > first) reading = { ...reading, mention: participleSubject(ctx, i, first, entry.gender === 'f') };
  if (opener.participle !== undefined) {
    const tail = regionOf(doc, opener.participle + 1, opener.index);
    if (tail.medium && !reading.medium) reading = { ...reading, medium: tail.medium };
  }
  // "يذكر أن"، "يعتقد أن" with no subject are impersonal passives: the article's own voice.
  if (entry.present && IMPERSONAL_LEMMAS.has(entry.lemma) && regionEnd === i + 1 && !subjectBefore) return null;
  // A present tense inside a clause (ذلك يشير إلى، بدين يبلغ) describes things; a report opens its clause.
  if (entry.present && !cue.conj && !subjectBefore && !opensClause(doc, i, false)) return null;
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
  return withReading({ cue: [doc.tokens[cueTok]!.start, cueEnd], content: content.span, direct, sentence: range, plural: false }, reading, outletText(doc, i + 1, from));
}

/** بحسب X / وفقاً لـ X / نقلاً عن X: the content is the clause around it. */
function attributionFrame(ctx: Ctx, i: number): Frame | null {
  const { doc } = ctx;
  const { first, last, range } = sentenceTokens(doc, i);
  let k = i + 1;
  while (k < last && ['ل', 'لـ', 'عن', 'ما'].includes(doc.tokens[k]!.norm)) k++;
  const verb = doc.tokens[k] && classifyArabic(doc.tokens[k]!.norm);
  // بحسب ما ذكرت الوكالة، حسبما أكد مصدر: the verb belongs to the attribution.
  if (verb?.type === 'verb' && (doc.tokens[k - 1]?.norm === 'ما' || doc.tokens[i]!.norm.endsWith('ما'))) ctx.consumed.add(k++);
  // A source is a short phrase (بحسب وكالة رويترز،); a long one is a manner (وفق أسس فنية ...).
  const end = indexOfWord(ctx, k, last, (w) => SEPARATORS.has(w), MAX_SOURCE + 1);
  const regionEnd = end < 0 ? last : end;
  if (regionEnd - k > MAX_SOURCE) return null;
  // "حسب وصفها"، "بحسب قوله": the source is the speaker already in view.
  if (regionEnd === k + 1 && /^(وصف|تعبير|قول|رواي|تصريح|تصريحات|راي|زعم|حديث|كلام)(ه|ها|هم)$/.test(doc.tokens[k]!.norm)) {
    const content = i - first <= 1 ? null : trimContent(doc.text, range.start, doc.tokens[i]!.start);
    return content ? { cue: [doc.tokens[i]!.start, doc.tokens[k]!.end], content, direct: false, mention: null, names: [], sentence: range, plural: false, confidence: 0.6 } : null;
  }
  const reading = regionOf(doc, k, regionEnd);
  if (!reading.mention || MANNER_NOUNS.has(bareWord(doc.tokens[k]?.norm ?? ''))) return null;
  // The source is what follows the preposition, not a name further on (وفق التخصصات التالية: ...).
  if (reading.mention.start > (doc.tokens[k + 2]?.start ?? Infinity)) return null;
  const cue: [number, number] = [doc.tokens[i]!.start, doc.tokens[k - 1]!.end];
  const base = { cue, sentence: range, direct: false, plural: false };
  if (i - first <= 1) {
    // وحسب X، أحد المنظمين، فإن ...: the content follows فإن when there is one.
    const then = indexOfWord(ctx, regionEnd + 1, last, (w) => /^فان(ه|ها|هم)?$/.test(w), 15);
    const content = readContentFrom(doc, then >= 0 ? then + 1 : regionEnd + 1, last);
    return content ? { ...withReading({ ...base, content: content.span }, reading), confidence: 0.7 } : null;
  }
  const quote = quoteEndingBefore(doc.text, doc.quotes, doc.tokens[i]!.start);
  if (quote) return { ...withReading({ ...base, content: trimContent(doc.text, quote.open + 1, quote.close!) ?? [quote.open, quote.close!], direct: true }, reading), confidence: 0.8 };
  const previous = ctx.frames[ctx.frames.length - 1];
  const shared = previous && previous.sentence.start === range.start ? previous.content : null;
  const span = shared ?? trimContent(doc.text, range.start, doc.tokens[i]!.start);
  return span ? { ...withReading({ ...base, content: span }, reading), confidence: 0.7 } : null;
}

function frameAt(ctx: Ctx, i: number): Frame | null {
  const tok = ctx.doc.tokens[i]!;
  const cue = tok.isWord ? classifyArabic(tok.norm) : null;
  // A shadda marks the verb وفّق ("granted success"), not the preposition وفق.
  if (!cue || (cue.type === 'attribution' && /\u0651/.test(tok.text))) return null;
  const quoted = enclosingQuote(ctx.doc.quotes, tok.start);
  if (quoted && cue.type !== 'participle') return null;
  // "المتحدثة التي أكدت القرار": a verb in a relative clause describes a speaker, it reports nothing;
  // after أبي/عبد (علي بن أبي طالب) the word is part of a name.
  const before = ctx.doc.tokens[i - 1]?.norm ?? '';
  if (RELATIVE_PRONOUNS.has(before) || COMPOUND_HEADS.has(before)) return null;
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

