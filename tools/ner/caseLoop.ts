import { nameKey } from '../../shared/domain/nameKey';
import { applyCaseKnowledge, type CaseKnowledge, matchableEntries } from '../../shared/nlp/caseKnowledge';
import type { GazetteerEntry } from '../../shared/nlp/caseGazetteer';
import { bioSpans } from '../../shared/nlp/ner/tags';
import type { Doc } from './corpus';

/**
 * The review loop of the app on tokenised corpora: what a case learns from corrected documents
 * besides its model delta (names confirmed, suggestions rejected), applied to later documents
 * with the app's own rule (applyCaseKnowledge) on the text of each sentence.
 */
interface CharSpan {
  type: string;
  start: number;
  end: number;
  text: string;
}

/** A sentence as text (tokens joined by spaces) with each token's offset. */
function sentenceText(tokens: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  return { text: tokens.join(' '), starts };
}

function charSpans(tokens: readonly string[], bio: readonly string[], starts: readonly number[], text: string): CharSpan[] {
  return bioSpans(bio).map((s) => {
    const start = starts[s.start] ?? 0;
    const end = (starts[s.end - 1] ?? 0) + (tokens[s.end - 1]?.length ?? 0);
    return { type: s.type, start, end, text: text.slice(start, end) };
  });
}

/**
 * What a reviewer leaves behind in k corrected documents: every gold name is confirmed, and
 * every suggestion whose text is no gold name there was rejected.
 */
export function knowledgeFrom(docs: readonly (readonly Pick<Doc[number], 'tokens' | 'tags'>[])[], suggested: readonly (readonly string[])[][], rank: (word: string) => number | undefined = () => undefined): CaseKnowledge {
  const gazetteer: GazetteerEntry[] = [];
  const names = new Set<string>();
  const proposed: string[] = [];
  docs.forEach((doc, d) =>
    doc.forEach((s, i) => {
      const { text, starts } = sentenceText(s.tokens);
      for (const g of charSpans(s.tokens, s.tags, starts, text)) {
        gazetteer.push({ name: g.text, type: g.type as GazetteerEntry['type'] });
        names.add(nameKey(g.text));
      }
      for (const p of charSpans(s.tokens, suggested[d]?.[i] ?? [], starts, text)) proposed.push(nameKey(p.text));
    }),
  );
  return { gazetteer: matchableEntries(gazetteer, rank), rejected: new Set(proposed.filter((p) => !names.has(p))) };
}

/** A sentence's predicted IOB2 tags after the case's knowledge: a token inside a kept or added span takes its type. */
export function withKnowledge(tokens: readonly string[], predicted: readonly string[], known: CaseKnowledge): string[] {
  const { text, starts } = sentenceText(tokens);
  const spans = applyCaseKnowledge(text, charSpans(tokens, predicted, starts, text), known, (g) => ({ type: g.type, start: g.start, end: g.end, text: g.text }));
  const out = tokens.map(() => 'O');
  for (const span of spans) {
    let first = true;
    tokens.forEach((t, k) => {
      const start = starts[k] ?? 0;
      if (start >= span.end || start + t.length <= span.start) return;
      out[k] = `${first ? 'B' : 'I'}-${span.type}`;
      first = false;
    });
  }
  return out;
}
