/**
 * Evaluates the committed models: entity-level P/R/F1 (conlleval semantics) overall and per
 * type on dev and test, plus model load time and labelling speed.
 * Usage: npm run eval:ner [-- --lang ar|en] [--split dev|test] [--model FILE] (a candidate model, for one language)
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadNerModel, type NerModel } from '../../shared/nlp/ner/model';
import { argValue } from './args';
import { formatScores } from './conlleval';
import { type Doc, readSplit, tokenCount } from './corpus';
import { modelsDir, parseLangArg } from './paths';
import { scoreDocs } from './trainStages';

/** Labelling speed on one thread, excluding scoring: cold (empty word caches) then warm. */
function labellingSpeed(model: NerModel, docs: readonly Doc[]): [number, number] {
  const run = () => {
    const t = performance.now();
    for (const doc of docs) model.labelDocument(doc.map((s) => s.tokens));
    return Math.round(tokenCount(docs) / ((performance.now() - t) / 1000));
  };
  return [run(), run()];
}

function splitsArg(): ('dev' | 'test')[] {
  const value = argValue('--split');
  return value === 'dev' || value === 'test' ? [value] : ['dev', 'test'];
}

function main(): void {
  for (const lang of parseLangArg(process.argv)) {
    const file = argValue('--model') ?? path.join(modelsDir, `ner-${lang}.bin`);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const t0 = performance.now();
    const model = loadNerModel(bytes);
    const loadMs = performance.now() - t0;
    console.log(`${lang}: ${path.relative(process.cwd(), file)} ${(bytes.length / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms, ${model.stages.length} stage(s)`);
    for (const split of splitsArg()) {
      const docs = readSplit(lang, split);
      const [cold, warm] = labellingSpeed(loadNerModel(bytes), docs);
      const speed = `${cold} tokens/s cold, ${warm} warm`;
      console.log(formatScores(`${lang} ${split} (${tokenCount(docs)} tokens; labelling ${speed})`, scoreDocs(model, docs)));
    }
  }
}

main();
