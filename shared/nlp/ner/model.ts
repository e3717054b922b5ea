import { memoryFeatures } from './memory';
import { decodeModel, encodeModel, type ModelContents, type ModelStage } from './modelFormat';
import type { NerLang, NerResources } from './resources';
import { BIAS_FEATURE, type SentenceFeatures, SentenceFeaturizer } from './sentenceFeatures';
import { bilouToBio, TAG_COUNT } from './tags';
import { type LatticeFactors, latticeFactors, marginals, type Transitions, viterbi } from './viterbi';
import { emissionScores, type FeatureScorer, WeightTable } from './weights';

/** A labelled sentence: BILOU tag indices and, when asked for, per-token tag marginals. */
export interface LabelledSentence {
  tags: number[];
  marginals?: Float64Array;
}

const OWN_CACHE_LIMIT = 200_000;

/** What decoding needs of a stage: a stored ModelStage, or a base stage plus a case's delta. */
export interface ScoringStage {
  table: FeatureScorer;
  transitions: Transitions;
}

/** A trained tagger: one stage, or two when the second uses document memory. */
export class NerModel {
  constructor(
    readonly lang: NerLang,
    readonly stages: readonly ScoringStage[],
    readonly resources: NerResources,
    /** Score divisor for confidences (perceptron scores are not probabilities); set on dev. */
    public temperature = 1,
    /** Passed in by derived models (case adaptations) so they share the word caches. */
    readonly featurizer = new SentenceFeaturizer(resources),
  ) {}

  /** Per stage: word → summed weights of its position-free features (they never change). */
  private readonly ownScores = new Map<ScoringStage, Map<string, Float32Array>>();

  private ownScore(stage: ScoringStage, word: string): Float32Array {
    let cache = this.ownScores.get(stage);
    if (!cache) this.ownScores.set(stage, (cache = new Map()));
    let scores = cache.get(word);
    if (!scores) {
      if (cache.size >= OWN_CACHE_LIMIT) cache.clear();
      const own = [BIAS_FEATURE, ...this.featurizer.wordInfo(word).own];
      scores = new Float32Array(TAG_COUNT);
      stage.table.accumulate(own, 0, own.length, scores, 0);
      cache.set(word, scores);
    }
    return scores;
  }

  private decode(stage: ScoringStage, tokens: readonly string[], sf: SentenceFeatures, extra: number[][] | undefined, withMarginals: boolean): LabelledSentence {
    const n = tokens.length;
    const scores = emissionScores(stage.table, sf.feats, sf.offs, n);
    tokens.forEach((word, i) => {
      const own = this.ownScore(stage, word);
      for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] = (scores[i * TAG_COUNT + t] ?? 0) + (own[t] ?? 0);
      const more = extra?.[i];
      if (more) stage.table.accumulate(more, 0, more.length, scores, i * TAG_COUNT);
    });
    const tags = viterbi(scores, n, stage.transitions);
    if (!withMarginals) return { tags };
    return { tags, marginals: marginals(scores, n, this.factorsOf(stage)) };
  }

  /** Per stage: its transition potentials at the current temperature (computed once, not per sentence). */
  private readonly factors = new Map<ScoringStage, LatticeFactors>();

  private factorsOf(stage: ScoringStage): LatticeFactors {
    const scale = 1 / this.temperature;
    let f = this.factors.get(stage);
    if (!f || f.scale !== scale) this.factors.set(stage, (f = latticeFactors(stage.transitions, scale)));
    return f;
  }

  /** Labels one document (sentences of tokens) with BILOU tag indices. */
  labelDocument(doc: readonly (readonly string[])[], withMarginals = false): LabelledSentence[] {
    const [first, second] = this.stages;
    if (!first) throw new Error('model has no weights');
    // Context features are shared by both stages; only memory features differ.
    const feats = doc.map((s) => this.featurizer.featurize(s, undefined, false));
    const decodeAll = (stage: ScoringStage, memory: number[][][] | undefined, marg: boolean) =>
      doc.map((s, i) => this.decode(stage, s, feats[i] ?? this.featurizer.featurize(s, undefined, false), memory?.[i], marg));
    const pass1 = decodeAll(first, undefined, withMarginals && !second);
    if (!second) return pass1;
    const memory = memoryFeatures(doc.map((s) => this.featurizer.wordInfos(s)), pass1.map((p) => p.tags));
    return decodeAll(second, memory, withMarginals);
  }

  /** Labels the sentences of one document with IOB2 tags (the CoNLL CLI's output). */
  labelTokens(tokens: string[][]): string[][] {
    return this.labelDocument(tokens).map((s) => bilouToBio(s.tags));
  }

  /** The same resources and caches with other stages (e.g. a base model plus a case's delta). */
  withStages(stages: readonly ScoringStage[]): NerModel {
    return new NerModel(this.lang, stages, this.resources, this.temperature, this.featurizer);
  }

  toBytes(): Uint8Array {
    const stages = this.stages.map((s): ModelStage => {
      // A case adaptation is stored on its own (encodeAdaptation), never baked into a model.
      if (!(s.table instanceof WeightTable)) throw new Error('only a stored model can be encoded');
      return { table: s.table, transitions: s.transitions };
    });
    return encodeModel({ lang: this.lang, stages, resources: this.resources, temperature: this.temperature });
  }

  static fromContents(c: ModelContents): NerModel {
    return new NerModel(c.lang, c.stages, c.resources, c.temperature);
  }
}

/** Loads a model from its bytes (pure: the caller reads the file). */
export function loadNerModel(bytes: Uint8Array): NerModel {
  return NerModel.fromContents(decodeModel(bytes));
}
