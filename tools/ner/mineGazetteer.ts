/**
 * Mines a name list from unlabeled text: a model trained without mined lists labels the whole
 * unlabeled corpus, and phrases labelled often and consistently with one type are written to
 * assets/gazetteers/<lang>-mined.tsv (phrase<TAB>TYPE). Aggregating many contexts gives the
 * tagger evidence for names its training data never showed.
 * Usage: tsx tools/ner/mineGazetteer.ts --lang ar --model /tmp/ner-ar-nomined.bin [--min 3] [--max-docs N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadNerModel } from '../../shared/nlp/ner/model';
import { splitSentences } from '../../shared/nlp/ner/recognize';
import { bilouToBio, bioSpans } from '../../shared/nlp/ner/tags';
import { tokenize } from '../../shared/nlp/tokenize';
import { argValue, numberArg } from './args';
import { gazetteersDir, parseLangArg, UNLABELED } from './paths';
import { unlabeledLines } from './unlabeledLines';

const MAX_TOKENS = 4;
const PURITY = 0.75;
const MAX_ENTRIES = 40_000;

async function main(): Promise<void> {
  const [lang] = parseLangArg(process.argv);
  const modelFile = argValue('--model');
  if (!lang || !modelFile) throw new Error('usage: mineGazetteer --lang ar|en --model FILE [--min N]');
  const minCount = numberArg('--min', 3);
  const maxDocs = Number(argValue('--max-docs') ?? Infinity);
  const model = loadNerModel(new Uint8Array(fs.readFileSync(modelFile)));
  const counts = new Map<string, Map<string, number>>();
  let docs = 0;
  for await (const line of unlabeledLines(UNLABELED[lang])) {
    if (docs >= maxDocs) break;
    const sentences = splitSentences(line, tokenize(line)).map((s) => s.map((t) => t.text));
    const labelled = model.labelDocument(sentences);
    sentences.forEach((tokens, i) => {
      for (const span of bioSpans(bilouToBio(labelled[i]?.tags ?? []))) {
        if (span.end - span.start > MAX_TOKENS) continue;
        const words = tokens.slice(span.start, span.end).map((t, k) => {
          const info = model.featurizer.wordInfo(t);
          return k === 0 ? info.stemMatch : info.match;
        });
        const phrase = words.join(' ');
        const byType = counts.get(phrase) ?? new Map<string, number>();
        byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
        counts.set(phrase, byType);
      }
    });
    if (++docs % 20000 === 0) console.log(`${docs} documents, ${counts.size} phrases`);
  }
  const kept: [string, string, number][] = [];
  for (const [phrase, byType] of counts) {
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (total >= minCount && n / total >= PURITY) kept.push([phrase, type, total]);
  }
  kept.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const out = path.join(gazetteersDir, `${lang}-mined.tsv`);
  const lines = kept.slice(0, MAX_ENTRIES).map(([p, t]) => `${p}\t${t}`);
  fs.writeFileSync(out, `# mined by tools/ner/mineGazetteer.ts from the unlabeled text; phrase<TAB>type\n${lines.join('\n')}\n`);
  console.log(`wrote ${out}: ${lines.length} of ${counts.size} phrases`);
}

void main();
