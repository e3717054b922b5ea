import type { NerModel } from '../../shared/nlp/ner/model';
import { bilouToBio, bioSpans, TAG_COUNT } from '../../shared/nlp/ner/tags';
import type { Doc } from './corpus';

const GRID = [1, 2, 4, 8, 16, 32, 64, 128];

/** Mean squared error between span confidence (lowest tag marginal) and span correctness. */
export function brierScore(model: NerModel, docs: readonly Doc[]): number {
  let sum = 0;
  let count = 0;
  for (const doc of docs) {
    const labelled = model.labelDocument(doc.map((s) => s.tokens), true);
    doc.forEach((s, i) => {
      const { tags = [], marginals } = labelled[i] ?? {};
      const gold = new Set(bioSpans(s.tags).map((g) => `${g.type}:${g.start}:${g.end}`));
      for (const span of bioSpans(bilouToBio(tags))) {
        let confidence = 1;
        for (let k = span.start; k < span.end; k++) confidence = Math.min(confidence, marginals?.[k * TAG_COUNT + (tags[k] ?? 0)] ?? 1);
        const correct = gold.has(`${span.type}:${span.start}:${span.end}`) ? 1 : 0;
        sum += (confidence - correct) ** 2;
        count++;
      }
    });
  }
  return count ? sum / count : 0;
}

/** Picks the temperature with the best Brier score on dev and sets it on the model. */
export function calibrateTemperature(model: NerModel, dev: readonly Doc[]): { temperature: number; brier: number } {
  let best = { temperature: 1, brier: Infinity };
  for (const temperature of GRID) {
    model.temperature = temperature;
    const brier = brierScore(model, dev);
    if (brier < best.brier) best = { temperature, brier };
  }
  model.temperature = best.temperature;
  return best;
}
