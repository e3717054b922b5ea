/**
 * Evaluates the committed models: entity-level P/R/F1 (conlleval semantics) overall and per
 * type on dev and test, plus model load time and labelling speed.
 * Usage: npm run eval:ner [-- --lang ar|en] [--split dev|test]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadNerModel } from '../../shared/nlp/ner/model';
import { formatScores } from './conlleval';
import { readSplit, tokenCount } from './corpus';
import { modelsDir, parseLangArg } from './paths';
import { scoreDocs } from './trainStages';

function splitsArg(): ('dev' | 'test')[] {
  const i = process.argv.indexOf('--split');
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value === 'dev' || value === 'test' ? [value] : ['dev', 'test'];
}

function main(): void {
  for (const lang of parseLangArg(process.argv)) {
    const file = path.join(modelsDir, `ner-${lang}.bin`);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const t0 = performance.now();
    const model = loadNerModel(bytes);
    const loadMs = performance.now() - t0;
    console.log(`${lang}: ${path.relative(process.cwd(), file)} ${(bytes.length / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms, ${model.stages.length} stage(s)`);
    for (const split of splitsArg()) {
      const docs = readSplit(lang, split);
      const t1 = performance.now();
      const scores = scoreDocs(model, docs);
      const seconds = (performance.now() - t1) / 1000;
      const speed = Math.round(tokenCount(docs) / seconds);
      console.log(formatScores(`${lang} ${split} (${tokenCount(docs)} tokens, ${speed} tokens/s incl. featurising)`, scores));
    }
  }
}

main();
