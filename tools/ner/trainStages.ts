import { memoryFeatures } from '../../shared/nlp/ner/memory';
import { NerModel } from '../../shared/nlp/ner/model';
import type { ModelStage } from '../../shared/nlp/ner/modelFormat';
import { PerceptronTrainer, seededRandom, type TrainingSentence } from '../../shared/nlp/ner/perceptron';
import type { NerResources } from '../../shared/nlp/ner/resources';
import { bilouToBio, bioToBilou } from '../../shared/nlp/ner/tags';
import { averageStages } from './averageStages';
import { addSentence, emptyScores, prf, type Scores } from './conlleval';
import type { Doc } from './corpus';

/** Scores a model on documents (conlleval). */
export function scoreDocs(model: NerModel, docs: readonly Doc[]): Scores {
  const scores = emptyScores();
  for (const doc of docs) {
    const predicted = model.labelDocument(doc.map((s) => s.tokens));
    doc.forEach((s, i) => addSentence(scores, s.tags, bilouToBio(predicted[i]?.tags ?? [])));
  }
  return scores;
}

/** Featurises documents; with `firstPass` (BILOU tags per doc) adds document-memory features. */
export function toTraining(model: NerModel, docs: readonly Doc[], firstPass?: readonly number[][][]): TrainingSentence[] {
  const f = model.featurizer;
  return docs.flatMap((doc, d) => {
    const memory = firstPass ? memoryFeatures(doc.map((s) => f.wordInfos(s.tokens)), firstPass[d] ?? []) : undefined;
    return doc.map((s, i) => ({ ...f.featurize(s.tokens, memory?.[i]), gold: bioToBilou(s.tags) }));
  });
}

export interface StageResult {
  stage: ModelStage;
  epochs: number;
  devF1: number;
}

/**
 * Trains one stage for up to maxEpochs; after each epoch the averaged weights are scored on dev
 * (as stage `prefix.length` behind the given earlier stages) and the best epoch is kept.
 */
export function trainStage(
  res: NerResources,
  train: readonly TrainingSentence[],
  dev: readonly Doc[] | undefined,
  prefix: readonly ModelStage[],
  maxEpochs: number,
  seed: number,
  log: (line: string) => void,
): StageResult {
  const trainer = new PerceptronTrainer();
  const random = seededRandom(seed);
  let best: StageResult | undefined;
  for (let e = 1; e <= maxEpochs; e++) {
    const t0 = Date.now();
    const errors = trainer.epoch(train, random);
    if (!dev && e < maxEpochs) continue;
    const stage = trainer.averaged();
    const devF1 = dev ? prf(scoreDocs(new NerModel(res.lang, [...prefix, stage], res), dev).ALL).f : 0;
    log(`  epoch ${e}: ${errors} wrong sentences, ${stage.table.keys.length} features, dev F1 ${devF1.toFixed(2)} (${Date.now() - t0} ms)`);
    if (!best || devF1 > best.devF1 || !dev) best = { stage, epochs: e, devF1 };
  }
  if (!best) throw new Error('no epochs');
  return best;
}

/** `bags` stages from different shuffles (each with its best epoch), averaged into one. */
export function trainBagged(
  res: NerResources,
  train: readonly TrainingSentence[],
  dev: readonly Doc[],
  prefix: readonly ModelStage[],
  opts: { maxEpochs: number; seed: number; bags: number },
  log: (line: string) => void,
): StageResult {
  const runs = Array.from({ length: opts.bags }, (_, b) => trainStage(res, train, dev, prefix, opts.maxEpochs, opts.seed + 101 * b, log));
  const [only] = runs;
  if (!only) throw new Error('no bags');
  if (runs.length === 1) return only;
  const stage = averageStages(runs.map((r) => r.stage));
  const devF1 = prf(scoreDocs(new NerModel(res.lang, [...prefix, stage], res), dev).ALL).f;
  log(`  average of ${runs.length} shuffles: dev F1 ${devF1.toFixed(2)}`);
  return { stage, epochs: Math.round(runs.reduce((n, r) => n + r.epochs, 0) / runs.length), devF1 };
}

/**
 * Stage-1 training data needs first-pass labels that are as wrong as they will be on new text,
 * so each half of the training documents is labelled by a stage 0 trained on the other half.
 */
export function crossFirstPass(res: NerResources, docs: readonly Doc[], epochs: number, seed: number, log: (line: string) => void): number[][][] {
  const out: number[][][] = docs.map(() => []);
  for (const fold of [0, 1]) {
    const inFold = (d: number) => d % 2 === fold;
    const base = new NerModel(res.lang, [], res);
    const train = toTraining(base, docs.filter((_, d) => !inFold(d)));
    const { stage } = trainStage(res, train, undefined, [], epochs, seed + fold + 1, log);
    const model = new NerModel(res.lang, [stage], res);
    docs.forEach((doc, d) => {
      if (inFold(d)) out[d] = model.labelDocument(doc.map((s) => s.tokens)).map((s) => s.tags);
    });
  }
  return out;
}
