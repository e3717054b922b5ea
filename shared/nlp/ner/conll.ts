import type { NerModel } from './model';

/**
 * CoNLL-style text: one token per line (first tab-separated column, optional gold tag in the
 * second), a blank line between sentences, `# ` comment lines (`# doc <id>` starts a document).
 * Files without document marks are cut into windows of DOC_WINDOW sentences, so document
 * memory stays local as it would inside one article.
 */
export const DOC_WINDOW = 20;

export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** Index of the sentence's first token line in the input. */
  firstLine: number;
}

export function parseConllDocuments(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sentence: ConllSentence | undefined;
  const closeSentence = () => {
    if (sentence) doc.push(sentence);
    sentence = undefined;
  };
  const closeDoc = () => {
    closeSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  const marked = /^# doc/m.test(text);
  text.split('\n').forEach((raw, lineNo) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('# ') && !line.includes('\t')) {
      if (line.startsWith('# doc')) closeDoc();
      else closeSentence();
      return;
    }
    if (line.trim() === '') {
      closeSentence();
      return;
    }
    if (!sentence && !marked && doc.length >= DOC_WINDOW) closeDoc();
    const [token = '', tag = 'O'] = line.split('\t');
    sentence ??= { tokens: [], tags: [], firstLine: lineNo };
    sentence.tokens.push(token);
    sentence.tags.push(tag);
  });
  closeDoc();
  return docs;
}

/**
 * Tags CoNLL input for `casefile ner --conll`: each token line becomes token<TAB>IOB2-tag;
 * blank and `# ` lines pass through unchanged.
 */
export function tagConllText(model: NerModel, input: string): string {
  const lines = input.split('\n').map((l) => l.replace(/\r$/, ''));
  for (const doc of parseConllDocuments(input)) {
    const predicted = model.labelTokens(doc.map((s) => s.tokens));
    doc.forEach((s, i) =>
      s.tokens.forEach((token, k) => {
        lines[s.firstLine + k] = `${token}\t${predicted[i]?.[k] ?? 'O'}`;
      }),
    );
  }
  return lines.join('\n');
}
