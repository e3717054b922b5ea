/** Matching predicted claims to gold claims, and the figures evalClaims prints. Pure. */
import { normalizeForSearch } from '../../shared/nlp/normalize';

export type GoldClaim = {
  speaker: string;
  speakerText?: string;
  contentSpan: [number, number];
  direct: boolean;
};

export type PredictedClaim = { speaker: string | null; contentSpan: [number, number]; direct: boolean };

export type Match = { gold: number; predicted: number };

export type Counts = { gold: number; predicted: number; matched: number; speakerOk: number; directOk: number };

/** Word tokens of text[start, end) as [start, end) offsets. */
export function wordTokens(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{M}\p{N}]+/gu)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

function sharedTokens(gold: [number, number][], span: [number, number]): number {
  return gold.filter(([s, e]) => s < span[1] && e > span[0]).length;
}

/**
 * A prediction matches a gold claim when its content covers at least half the gold content's
 * tokens; pairs are taken best overlap first, each claim at most once.
 */
export function matchClaims(text: string, gold: GoldClaim[], predicted: PredictedClaim[]): Match[] {
  const pairs: { gold: number; predicted: number; ratio: number }[] = [];
  gold.forEach((g, gi) => {
    const tokens = wordTokens(text, g.contentSpan[0], g.contentSpan[1]);
    if (tokens.length === 0) return;
    predicted.forEach((p, pi) => {
      const ratio = sharedTokens(tokens, p.contentSpan) / tokens.length;
      if (ratio >= 0.5) pairs.push({ gold: gi, predicted: pi, ratio });
    });
  });
  pairs.sort((a, b) => b.ratio - a.ratio);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Match[] = [];
  for (const p of pairs) {
    if (usedGold.has(p.gold) || usedPred.has(p.predicted)) continue;
    usedGold.add(p.gold);
    usedPred.add(p.predicted);
    out.push({ gold: p.gold, predicted: p.predicted });
  }
  return out;
}

export function normalizeSpeaker(s: string): string {
  return normalizeForSearch(s)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names the document uses for a gold speaker: the gold string, every speakerText annotated for
 * it, and its trailing words where the document uses them alone (البصري for أبو علي البصري).
 */
export function speakerAliases(text: string, gold: GoldClaim[], speaker: string): Set<string> {
  const out = new Set([normalizeSpeaker(speaker)]);
  for (const g of gold) if (g.speaker === speaker && g.speakerText) out.add(normalizeSpeaker(g.speakerText));
  const words = normalizeSpeaker(speaker).split(' ');
  const docWords = ` ${normalizeSpeaker(text)} `;
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (docWords.includes(` ${tail} `)) out.add(tail);
  }
  return out;
}

export function countFile(text: string, gold: GoldClaim[], predicted: PredictedClaim[]): { counts: Counts; matches: Match[] } {
  const matches = matchClaims(text, gold, predicted);
  let speakerOk = 0;
  let directOk = 0;
  for (const m of matches) {
    const g = gold[m.gold]!;
    const p = predicted[m.predicted]!;
    if (p.speaker !== null && speakerAliases(text, gold, g.speaker).has(normalizeSpeaker(p.speaker))) speakerOk++;
    if (g.direct === p.direct) directOk++;
  }
  return { counts: { gold: gold.length, predicted: predicted.length, matched: matches.length, speakerOk, directOk }, matches };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, speakerOk: a.speakerOk + b.speakerOk, directOk: a.directOk + b.directOk };
}

export function figures(c: Counts): { precision: number; recall: number; f1: number; speaker: number; direct: number } {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speaker: c.matched ? c.speakerOk / c.matched : 0, direct: c.matched ? c.directOk / c.matched : 0 };
}
