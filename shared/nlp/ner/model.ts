import { memoryFeatures } from './memory';
import { decodeModel, encodeModel, type ModelContents, type ModelStage } from './modelFormat';
import type { NerLang, NerResources } from './resources';
import { BIAS_FEATURE, type SentenceFeatures, SentenceFeaturizer } from './sentenceFeatures';
import { bilouToBio, TAG_COUNT } from './tags';
import { marginals, viterbi } from './viterbi';
import { emissionScores } from './weights';

/** A labelled sentence: BILOU tag indices and, when asked for, per-token tag marginals. */
export interface LabelledSentence {
  tags: number[];
  marginals?: Float64Array;
}

const OWN_CACHE_LIMIT = 200_000;

/** A trained tagger: one stage, or two when the second uses document memory. */
export class NerModel {
  readonly featurizer: SentenceFeaturizer;

  constructor(
    readonly lang: NerLang,
    readonly stages: ModelStage[],
    readonly resources: NerResources,
    /** Score divisor for confidences (perceptron scores are not probabilities); set on dev. */
    public temperature = 1,
  ) {
    this.featurizer = new SentenceFeaturizer(resources);
  }

  /** Per stage: word → summed weights of its position-free features (they never change). */
  private readonly ownScores = new Map<ModelStage, Map<string, Float32Array>>();

  private ownScore(stage: ModelStage, word: string): Float32Array {
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

  private decode(stage: ModelStage, tokens: readonly string[], sf: SentenceFeatures, extra: number[][] | undefined, withMarginals: boolean): LabelledSentence {
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
    const k = 1 / this.temperature;
    const tr = stage.transitions;
    const scaled = { trans: tr.trans.map((v) => v * k), start: tr.start.map((v) => v * k), end: tr.end.map((v) => v * k) };
    return { tags, marginals: marginals(scores.map((v) => v * k), n, scaled) };
  }

  /** Labels one document (sentences of tokens) with BILOU tag indices. */
  labelDocument(doc: readonly (readonly string[])[], withMarginals = false): LabelledSentence[] {
    const [first, second] = this.stages;
    if (!first) throw new Error('model has no weights');
    // Context features are shared by both stages; only memory features differ.
    const feats = doc.map((s) => this.featurizer.featurize(s, undefined, false));
    const decodeAll = (stage: ModelStage, memory: number[][][] | undefined, marg: boolean) =>
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

  toBytes(): Uint8Array {
    return encodeModel({ lang: this.lang, stages: this.stages, resources: this.resources, temperature: this.temperature });
  }

  static fromContents(c: ModelContents): NerModel {
    return new NerModel(c.lang, c.stages, c.resources, c.temperature);
  }
}

/** Loads a model from its bytes (pure: the caller reads the file). */
export function loadNerModel(bytes: Uint8Array): NerModel {
  return NerModel.fromContents(decodeModel(bytes));
}
