/** English attribution phrases: "According to X, ...", "..., according to X", "quoting Y". */
import { trimContent } from './contentSpan';
import { sentenceTokens, type Doc } from './doc';
import { contentFrom, hasWord } from './englishContent';
import { phraseAfter } from './englishSpeaker';
import type { Frame } from './frame';
import { quoteEndingBefore } from './quotes';

/** Skips an acronym in brackets after a name: "Korean Central News Agency (KCNA)". */
function afterBrackets(doc: Doc, k: number): number {
  if (doc.tokens[k]?.text !== '(') return k;
  const close = doc.tokens.slice(k, k + 5).findIndex((t) => t.text === ')');
  return close > 0 ? k + close + 1 : k;
}

/** "According to X, ...", "..., according to X", "quoting Y": X is the source (or the outlet for Y). */
export function accordingFrame(doc: Doc, i: number, frames: Frame[], consumed: Set<number>): Frame | null {
  const s = sentenceTokens(doc, i);
  const width = doc.tokens[i]!.norm === 'according' ? 2 : 1;
  let source = phraseAfter(doc, i + width, s.last);
  if (!source || source.kind === 'pronoun') return null;
  let outlet: string | undefined;
  let next = doc.tokens.findIndex((t) => t.start >= source!.end);
  next = afterBrackets(doc, next);
  if (doc.tokens[next]?.text === ',') next++;
  const quoting = doc.tokens[next];
  if (quoting && (quoting.norm === 'quoting' || quoting.norm === 'citing')) {
    const inner = phraseAfter(doc, next + 1, s.last);
    if (inner && inner.kind !== 'pronoun') {
      consumed.add(next);
      outlet = source.text;
      source = inner;
      next = afterBrackets(doc, doc.tokens.findIndex((t) => t.start >= inner.end));
      if (doc.tokens[next]?.text === ',') next++;
    }
  }
  const cue: [number, number] = [doc.tokens[i]!.start, doc.tokens[i + width - 1]!.end];
  const base = { cue, mention: source, sentence: s.range, names: [], confidence: 0.75, ...(outlet ? { outlet } : {}) };
  // At the start of a clause ("According to X, ...", "that, according to X, ...") the content follows.
  const atStart = i - s.first <= 1 || [',', 'that', 'and', 'but'].includes(doc.tokens[i - 1]?.norm ?? '');
  if (atStart && next < s.last - 1) {
    const content = contentFrom(doc, next, s);
    return content && hasWord(doc, content.span) ? { ...base, content: content.span, direct: content.direct } : null;
  }
  const quote = quoteEndingBefore(doc.text, doc.quotes, doc.tokens[i]!.start);
  const quoted = quote ? trimContent(doc.text, quote.open + 1, quote.close!) : null;
  if (quoted) return { ...base, content: quoted, direct: true };
  const previous = frames[frames.length - 1];
  const shared = previous && previous.sentence.start === s.range.start ? previous.content : null;
  const span = shared ?? trimContent(doc.text, s.range.start, doc.tokens[i]!.start);
  return hasWord(doc, span) ? { ...base, content: span, direct: false } : null;
}

