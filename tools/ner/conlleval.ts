import { bioSpans, ENTITY_TYPES, type EntityType } from '../../shared/nlp/ner/tags';

/** Entity-level precision/recall/F1 with conlleval semantics (exact span and type). */
export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export type Scores = Record<EntityType | 'ALL', Counts>;

export function emptyScores(): Scores {
  const zero = () => ({ gold: 0, predicted: 0, correct: 0 });
  return { ALL: zero(), PER: zero(), ORG: zero(), LOC: zero(), MISC: zero() };
}

export function addSentence(scores: Scores, gold: readonly string[], predicted: readonly string[]): void {
  const g = bioSpans(gold);
  const p = bioSpans(predicted);
  const goldKeys = new Set(g.map((s) => `${s.type}:${s.start}:${s.end}`));
  for (const s of g) {
    scores[s.type].gold++;
    scores.ALL.gold++;
  }
  for (const s of p) {
    scores[s.type].predicted++;
    scores.ALL.predicted++;
    if (goldKeys.has(`${s.type}:${s.start}:${s.end}`)) {
      scores[s.type].correct++;
      scores.ALL.correct++;
    }
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted ? (100 * c.correct) / c.predicted : 0;
  const r = c.gold ? (100 * c.correct) / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatScores(title: string, scores: Scores): string {
  const rows = (['ALL', ...ENTITY_TYPES] as const).map((k) => {
    const { p, r, f } = prf(scores[k]);
    return `  ${k.padEnd(5)} P ${p.toFixed(2).padStart(6)}  R ${r.toFixed(2).padStart(6)}  F1 ${f.toFixed(2).padStart(6)}  (gold ${scores[k].gold}, predicted ${scores[k].predicted})`;
  });
  return [title, ...rows].join('\n');
}
