/** Where Arabic content starts and ends: after the opener, up to the next clause's cue. */
import { CLAUSE_LINKS, COMPLEMENTISERS } from './arabicLexicon';
import { classifyArabic, findOpener, opensClause, type Opener } from './arabicCues';
import { trimContent } from './contentSpan';
import type { Doc } from './doc';
import { contentQuoteAt } from './quotes';
import { tokenAt } from './textUnits';

type ContentReading = { span: [number, number]; direct: boolean; cueEnd: number };

/**
 * Whether token k opens a new attribution that ends the running content. After a nested
 * report inside the content (أن غيدان نفى ...), a speakerless follow-up (وأكد أن) belongs to
 * the nested speaker and stays inside the content.
 */
function endsContent(doc: Doc, k: number, sentenceLast: number, nested: boolean, quoted: boolean): 'end' | 'nested' | null {
  const tok = doc.tokens[k]!;
  const cue = tok.isWord ? classifyArabic(tok.norm) : null;
  if (!cue) return null;
  const clause = opensClause(doc, k, cue.conj);
  if (cue.type === 'participle') {
    const opener = findOpener(doc, k, Math.min(sentenceLast, k + 6), cue.entry.preps);
    return clause && opener ? 'end' : null;
  }
  if (quoted) return null;
  if (!clause) return cue.type === 'verb' ? 'nested' : null;
  if (cue.type === 'verb') {
    const opener = findOpener(doc, k, sentenceLast, cue.entry.preps);
    if (!opener && !cue.entry.nominal) return null;
    if (nested && opener && opener.index === k + 1) return null;
  }
  return 'end';
}

function backOverLinks(doc: Doc, k: number, floor: number): number {
  let j = k;
  while (j - 1 > floor && (CLAUSE_LINKS.has(doc.tokens[j - 1]!.norm) || !doc.tokens[j - 1]!.isWord)) j--;
  return doc.tokens[j]?.start ?? doc.text.length;
}

/** Content from token `from` to the sentence end (or the quote's close), cut at the next clause's cue. */
export function readContentFrom(doc: Doc, from: number, sentenceLast: number): { span: [number, number]; direct: boolean } | null {
  const first = doc.tokens[from];
  if (!first) return null;
  const quote = contentQuoteAt(doc.text, doc.quotes, first.start);
  const sentenceEnd = doc.tokens[sentenceLast - 1]?.end ?? doc.text.length;
  const limit = quote?.close != null ? quote.close : sentenceEnd;
  const last = quote?.close != null ? tokenAt(doc.tokens, quote.close) : sentenceLast;
  let end = limit;
  let nested = false;
  for (let k = from + 1; k < last; k++) {
    const verdict = endsContent(doc, k, Math.max(sentenceLast, last), nested, quote !== undefined);
    if (verdict === 'nested') nested = true;
    if (verdict === 'end') {
      end = backOverLinks(doc, k, from);
      break;
    }
  }
  const start = quote ? quote.open + 1 : first.start;
  const span = trimContent(doc.text, start, Math.min(end, limit));
  return span ? { span, direct: quote !== undefined } : null;
}

/** Content after an opener; the cue takes in a preposition and complementiser right after it. */
export function readContentAfter(doc: Doc, cueIndex: number, opener: Opener, sentenceLast: number): ContentReading | null {
  let from = opener.index + (opener.kind === 'quote' ? 0 : 1);
  // "أشار إلى أن"، "قال: إن": the complementiser after a preposition or colon is not content.
  if ((opener.kind === 'prep' || opener.kind === 'colon') && COMPLEMENTISERS.has(doc.tokens[from]?.norm ?? '')) from++;
  const anchor = opener.participle ?? cueIndex;
  const adjacent = opener.index === anchor + 1 && opener.kind !== 'quote' && opener.kind !== 'colon';
  const cueEnd = adjacent ? doc.tokens[from - 1]!.end : doc.tokens[anchor]!.end;
  const content = readContentFrom(doc, from, sentenceLast);
  if (!content) return null;
  return { span: content.span, direct: content.direct || opener.kind === 'colon', cueEnd };
}
