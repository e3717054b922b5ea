import { NerModel } from './model';
import { PerceptronTrainer, seededRandom } from './perceptron';
import { emptyResources, type NerLang } from './resources';
import { bioToBilou } from './tags';

/** Tiny self-written corpus and model for unit tests (not product data). */
export const TINY_EN: [string, string][][] = [
  [['John', 'B-PER'], ['Smith', 'I-PER'], ['visited', 'O'], ['Paris', 'B-LOC'], ['.', 'O']],
  [['Mary', 'B-PER'], ['Jones', 'I-PER'], ['joined', 'O'], ['Acme', 'B-ORG'], ['Corp', 'I-ORG'], ['.', 'O']],
  [['The', 'O'], ['talks', 'O'], ['in', 'O'], ['Berlin', 'B-LOC'], ['ended', 'O'], ['.', 'O']],
  [['John', 'B-PER'], ['Smith', 'I-PER'], ['left', 'O'], ['Acme', 'B-ORG'], ['Corp', 'I-ORG'], ['.', 'O']],
];

export function trainTinyModel(lang: NerLang = 'en', corpus = TINY_EN, epochs = 8): NerModel {
  const res = emptyResources(lang);
  const base = new NerModel(lang, [], res);
  const data = corpus.map((s) => ({ ...base.featurizer.featurize(s.map(([w]) => w)), gold: bioToBilou(s.map(([, t]) => t)) }));
  const trainer = new PerceptronTrainer();
  const random = seededRandom(1);
  for (let e = 0; e < epochs; e++) trainer.epoch(data, random);
  return new NerModel(lang, [trainer.averaged()], res);
}
