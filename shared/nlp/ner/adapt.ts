import { type CorrectedDocument, correctedSentences, type TaggedSentence } from './adaptTags';
import { memoryFeatures } from './memory';
import type { ModelStage } from './modelFormat';
import type { NerModel, ScoringStage } from './model';
import { PerceptronTrainer, seededRandom, type TrainingSentence } from './perceptron';
import type { NerLang } from './resources';
import { addTransitions } from './viterbi';
import { emissionScores, SumScorer } from './weights';
import type { WordInfo } from './wordFeatures';

/**
 * Learning from corrections: a per-case sparse delta over a shared base model, trained by
 * perceptron updates on the documents a reviewer corrected. The base model is never copied or
 * changed; the adapted model scores with base + delta in both stages.
 */
export interface CaseAdaptation {
  lang: NerLang;
  /** Corrected documents it was trained on. */
  documents: number;
  /** One delta per base stage: only the features the corrections touched. */
  stages: ModelStage[];
}

export interface AdaptOptions {
  /** Passes over the corrected documents (a handful of documents must outweigh the base). */
  epochs?: number;
  /** Size of each update relative to a base-training update. */
  rate?: number;
  /** How far a corrected tag must outscore the others (loss-augmented updates). */
  margin?: number;
  seed?: number;
}

// Tuned on dev (npm run eval:adapt).
export const DEFAULT_ADAPT_OPTIONS: Required<AdaptOptions> = { epochs: 3, rate: 5, margin: 10, seed: 1 };

/**
 * A case learns only the features naming the words themselves: a few documents would overfit
 * general evidence (shapes, affixes, context, transitions), which hurt F1 on dev when allowed.
 */
function identityFeatures(infos: readonly WordInfo[]): { feats: Uint32Array; offs: Uint32Array } {
  const offs = new Uint32Array(infos.length + 1);
  infos.forEach((info, i) => (offs[i + 1] = (offs[i] ?? 0) + info.identity.length));
  return { feats: Uint32Array.from(infos.flatMap((info) => info.identity)), offs };
}

/** Delta training data for one stage: base scores as the prior; with `firstPass`, document memory. */
function trainingSentences(model: NerModel, stage: ScoringStage, docs: readonly (readonly TaggedSentence[])[], firstPass?: readonly number[][][]): TrainingSentence[] {
  const f = model.featurizer;
  return docs.flatMap((doc, d) => {
    const infos = doc.map((s) => f.wordInfos(s.tokens));
    const memory = firstPass ? memoryFeatures(infos, firstPass[d] ?? []) : undefined;
    return doc.map((s, i) => {
      const full = f.featurize(s.tokens, memory?.[i]);
      const prior = emissionScores(stage.table, full.feats, full.offs, s.tokens.length);
      return { ...identityFeatures(infos[i] ?? []), prior, gold: s.tags };
    });
  });
}

function trainDelta(prior: ScoringStage, data: readonly TrainingSentence[], o: Required<AdaptOptions>): ModelStage {
  const trainer = new PerceptronTrainer({ transitions: prior.transitions, rate: o.rate, margin: o.margin });
  const random = seededRandom(o.seed);
  for (let e = 0; e < o.epochs; e++) trainer.epoch(data, random);
  return trainer.averaged();
}

function overlay(base: ScoringStage, delta: ModelStage | undefined): ScoringStage {
  return delta ? { table: new SumScorer(base.table, delta.table), transitions: addTransitions(base.transitions, delta.transitions) } : base;
}

/** Trains a case adaptation from documents already tokenised and tagged (what eval:adapt feeds). */
export function adaptToSentences(base: NerModel, docs: readonly (readonly TaggedSentence[])[], options: AdaptOptions = {}): CaseAdaptation {
  const o = { ...DEFAULT_ADAPT_OPTIONS, ...options };
  const [first, second] = base.stages;
  if (!first) throw new Error('model has no weights');
  const stages = [trainDelta(first, trainingSentences(base, first, docs), o)];
  if (second) {
    // Memory features come from the base first stage's labels, wrong as on unseen text (as in
    // base training); the adapted first stage would label its own corrections perfectly.
    const firstPass = base.withStages([first]);
    const tags = docs.map((doc) => firstPass.labelDocument(doc.map((s) => s.tokens)).map((s) => s.tags));
    stages.push(trainDelta(second, trainingSentences(base, second, docs, tags), o));
  }
  return { lang: base.lang, documents: docs.length, stages };
}

/** Trains a case adaptation from the documents a reviewer corrected (deterministic). */
export function adaptModel(base: NerModel, corrected: readonly CorrectedDocument[], options?: AdaptOptions): CaseAdaptation {
  return adaptToSentences(base, corrected.map(correctedSentences), options);
}

/** The base model with a case's delta added to every stage; use it wherever a NerModel goes. */
export function withAdaptation(base: NerModel, adaptation: CaseAdaptation): NerModel {
  if (adaptation.lang !== base.lang) throw new Error(`a ${adaptation.lang} adaptation cannot apply to a ${base.lang} model`);
  return base.withStages(base.stages.map((stage, i) => overlay(stage, adaptation.stages[i])));
}
