import { memoryFeatures } from './memory';
import { decodeModel, encodeModel, type ModelContents, type ModelStage } from './modelFormat';
import type { NerLang, NerResources } from './resources';
import { SentenceFeaturizer } from './sentenceFeatures';
import { bilouToBio } from './tags';
import { marginals, viterbi } from './viterbi';
import { emissionScores } from './weights';

/** A labelled sentence: BILOU tag indices and, when asked for, per-token tag marginals. */
export interface LabelledSentence {
  tags: number[];
  marginals?: Float64Array;
}

/** A trained tagger: one stage, or two when the second uses document memory. */
export class NerModel {
  readonly featurizer: SentenceFeaturizer;

  constructor(
    readonly lang: NerLang,
    readonly stages: ModelStage[],
    readonly resources: NerResources,
  ) {
    this.featurizer = new SentenceFeaturizer(resources);
  }

  private decode(stage: ModelStage, tokens: readonly string[], extra: number[][] | undefined, withMarginals: boolean): LabelledSentence {
    const n = tokens.length;
    const { feats, offs } = this.featurizer.featurize(tokens, extra);
    const scores = emissionScores(stage.table, feats, offs, n);
    const tags = viterbi(scores, n, stage.transitions);
    return withMarginals ? { tags, marginals: marginals(scores, n, stage.transitions) } : { tags };
  }

  /** Labels one document (sentences of tokens) with BILOU tag indices. */
  labelDocument(doc: readonly (readonly string[])[], withMarginals = false): LabelledSentence[] {
    const [first, second] = this.stages;
    if (!first) throw new Error('model has no weights');
    const pass1 = doc.map((s) => this.decode(first, s, undefined, withMarginals && !second));
    if (!second) return pass1;
    const memory = memoryFeatures(doc.map((s) => this.featurizer.wordInfos(s)), pass1.map((p) => p.tags));
    return doc.map((s, i) => this.decode(second, s, memory[i], withMarginals));
  }

  /** Labels the sentences of one document with IOB2 tags (the CoNLL CLI's output). */
  labelTokens(tokens: string[][]): string[][] {
    return this.labelDocument(tokens).map((s) => bilouToBio(s.tags));
  }

  toBytes(): Uint8Array {
    return encodeModel({ lang: this.lang, stages: this.stages, resources: this.resources });
  }

  static fromContents(c: ModelContents): NerModel {
    return new NerModel(c.lang, c.stages, c.resources);
  }
}

/** Loads a model from its bytes (pure: the caller reads the file). */
export function loadNerModel(bytes: Uint8Array): NerModel {
  return NerModel.fromContents(decodeModel(bytes));
}
