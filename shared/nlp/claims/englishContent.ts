/** Where English content runs: from a point to the sentence end, or the quotation opening there. */
import { trimContent } from './contentSpan';
import type { Doc, sentenceTokens } from './doc';
import { ENGLISH_CUES } from './englishLexicon';
import { phraseBefore } from './englishSpeaker';
import { contentQuoteAt, quoteOpeningAt } from './quotes';

export type Sentence = ReturnType<typeof sentenceTokens>;

function isAttributionStart(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (t.norm === 'according' || t.norm === 'quoting' || t.norm === 'citing') return true;
  const entry = ENGLISH_CUES.get(t.norm);
  if (entry?.participle) return true;
  const next = doc.tokens[k + 1];
  return next !== undefined && ENGLISH_CUES.has(next.norm) && (phraseBefore(doc, k, k) !== null);
}

/** Content from token k to the sentence end, cut before ", adding ...", ", according to ...", "; and". */
export function contentFrom(doc: Doc, k: number, s: Sentence): { span: [number, number]; direct: boolean } | null {
  const first = doc.tokens[k];
  if (!first || k >= s.last) return null;
  const quote = contentQuoteAt(doc.text, doc.quotes, first.start);
  if (quote) {
    const end = quote.close ?? doc.tokens[s.last - 1]!.end;
    const span = trimContent(doc.text, quote.open + 1, end);
    return span ? { span, direct: true } : null;
  }
  let end = doc.tokens[s.last - 1]!.end;
  for (let p = k + 1; p < s.last; p++) {
    const t = doc.tokens[p]!;
    const next = doc.tokens[p + 1];
    const quoteFollows = next !== undefined && quoteOpeningAt(doc.quotes, next.start) !== undefined;
    if ((t.text === ',' || t.text === ';') && (isAttributionStart(doc, p + 1) || quoteFollows)) {
      end = t.start;
      break;
    }
  }
  const span = trimContent(doc.text, first.start, end);
  return span ? { span, direct: false } : null;
}

export function hasWord(doc: Doc, span: [number, number] | null): span is [number, number] {
  return span !== null && /[\p{L}\p{N}]/u.test(doc.text.slice(span[0], span[1]));
}
