/**
 * Learning from corrections on dev data: in each topic window (consecutive documents) the first
 * k documents are fed in as corrected (their gold tags), then entity F1 (conlleval) is measured
 * on the N documents that follow them: by the base model, by the adapted model, and by the adapted
 * model with the case's confirmed and rejected names applied as the app applies them. Prints them
 * averaged over windows, and the time per update.
 * Usage: npm run eval:adapt [-- --lang ar|en] [--epochs E] [--rate R] [--next N] [--windows W] [--split dev|test]
 * The options were set on dev; `--split test` measures the same curve on unseen documents (the
 * Arabic name lists were extended while reading dev errors, so dev leaves a case less to learn).
 */
import fs from 'node:fs';
import path from 'node:path';
import { adaptToSentences, type AdaptOptions, DEFAULT_ADAPT_OPTIONS, withAdaptation } from '../../shared/nlp/ner/adapt';
import { encodeAdaptation } from '../../shared/nlp/ner/adaptFormat';
import type { TaggedSentence } from '../../shared/nlp/ner/adaptTags';
import { loadNerModel, type NerModel } from '../../shared/nlp/ner/model';
import { lexKey } from '../../shared/nlp/ner/resources';
import { bilouToBio, bioToBilou } from '../../shared/nlp/ner/tags';
import { argValue, numberArg } from './args';
import { knowledgeFrom, withKnowledge } from './caseLoop';
import { addSentence, emptyScores, prf } from './conlleval';
import { type Doc, readSplit } from './corpus';
import { type Lang, modelsDir, parseLangArg } from './paths';
import { scoreDocs } from './trainStages';

const KS = [0, 1, 2, 4, 8];
const K_MAX = KS[KS.length - 1] ?? 0;
// ANERcorp has no document marks: consecutive runs of this many sentences stand for articles.
const AR_DOC_SENTENCES = 15;

function splitDocuments(lang: Lang, split: 'dev' | 'test'): Doc[] {
  const docs = readSplit(lang, split);
  if (lang === 'en') return docs;
  const sentences = docs.flat();
  return Array.from({ length: Math.ceil(sentences.length / AR_DOC_SENTENCES) }, (_, i) => sentences.slice(i * AR_DOC_SENTENCES, (i + 1) * AR_DOC_SENTENCES));
}

/** A model's IOB2 tags for each sentence of a document. */
const labelBio = (model: NerModel, doc: Doc): string[][] => model.labelDocument(doc.map((s) => s.tokens)).map((l) => bilouToBio(l.tags));

const tagged = (doc: Doc): TaggedSentence[] => doc.map((s) => ({ tokens: s.tokens, tags: bioToBilou(s.tags) }));

/** Evenly spaced window starts, at most `count` of them. */
function windowStarts(docCount: number, windowSize: number, count: number): number[] {
  const last = docCount - windowSize;
  if (last < 0) return [];
  const n = Math.min(count, last + 1);
  return Array.from({ length: n }, (_, i) => (n === 1 ? 0 : Math.round((i * last) / (n - 1))));
}

function main(): void {
  const next = numberArg('--next', 4);
  const windows = numberArg('--windows', 20);
  const split = argValue('--split') === 'test' ? 'test' : 'dev';
  const options: Required<AdaptOptions> = { ...DEFAULT_ADAPT_OPTIONS, epochs: numberArg('--epochs', DEFAULT_ADAPT_OPTIONS.epochs), rate: numberArg('--rate', DEFAULT_ADAPT_OPTIONS.rate), margin: numberArg('--margin', DEFAULT_ADAPT_OPTIONS.margin) };
  console.log(`adaptation: ${options.epochs} epochs, rate ${options.rate}, margin ${options.margin}; F1 on the ${next} documents after the k corrected ones`);
  for (const lang of parseLangArg(process.argv)) {
    const base = loadNerModel(new Uint8Array(fs.readFileSync(path.join(modelsDir, `ner-${lang}.bin`))));
    const docs = splitDocuments(lang, split);
    const starts = windowStarts(docs.length, K_MAX + next, windows);
    const f1 = KS.map(() => ({ base: 0, adapted: 0, withCase: 0, ms: 0, bytes: 0 }));
    for (const start of starts) {
      KS.forEach((k, i) => {
        const row = f1[i];
        if (!row) return;
        const evalDocs = docs.slice(start + k, start + k + next);
        const baseF1 = prf(scoreDocs(base, evalDocs).ALL).f;
        row.base += baseF1;
        if (k === 0) {
          row.adapted += baseF1;
          row.withCase += baseF1;
          return;
        }
        const corrected = docs.slice(start, start + k);
        const t0 = performance.now();
        const adaptation = adaptToSentences(base, corrected.map(tagged), options);
        row.ms += performance.now() - t0;
        row.bytes += encodeAdaptation(adaptation).length;
        const adapted = withAdaptation(base, adaptation);
        // The whole loop: the reviewer saw the base model's suggestions in the corrected documents.
        const known = knowledgeFrom(corrected, corrected.map((d) => labelBio(base, d)), (word) => base.resources.vocabRank.get(lexKey(lang, word)));
        const [alone, withCase] = [emptyScores(), emptyScores()];
        for (const doc of evalDocs) {
          labelBio(adapted, doc).forEach((bio, j) => {
            const gold = doc[j]?.tags ?? [];
            addSentence(alone, gold, bio);
            addSentence(withCase, gold, withKnowledge(doc[j]?.tokens ?? [], bio, known));
          });
        }
        row.adapted += prf(alone.ALL).f;
        row.withCase += prf(withCase.ALL).f;
      });
    }
    const w = starts.length;
    console.log(`\n${lang} ${split}: ${docs.length} documents, ${w} topic windows`);
    console.log('  k corrected   base F1   adapted F1   gain   + case names   gain   ms/update   stored KB');
    const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);
    KS.forEach((k, i) => {
      const r = f1[i] ?? { base: 0, adapted: 0, withCase: 0, ms: 0, bytes: 0 };
      const [b, a, c] = [r.base / w, r.adapted / w, r.withCase / w];
      console.log(
        `  ${String(k).padStart(11)}   ${b.toFixed(2).padStart(7)}   ${a.toFixed(2).padStart(10)}   ${signed(a - b)}   ${c.toFixed(2).padStart(12)}   ${signed(c - b)}   ${(r.ms / w).toFixed(0).padStart(9)}   ${(r.bytes / w / 1024).toFixed(1).padStart(9)}`,
      );
    });
  }
}

main();
