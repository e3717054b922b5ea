import { aggregateContexts } from './contextAggregation';
import { feature, mixHash } from './hash';
import { ENTITY_TYPES, tagType } from './tags';
import type { WordInfo } from './wordFeatures';

/**
 * Document memory (non-local features): a first pass labels the document; then each token gets
 * the entity types its word received elsewhere in the document (and those of its neighbours'
 * words), its own first-pass type, and how the word is written elsewhere in the document
 * (lower case mid-text says "common word" even in an ALL-CAPS headline). English capitalised
 * words also get their other mentions' contexts and tags (contextAggregation.ts).
 */
const MEM_ATOMS = ENTITY_TYPES.map((t) => feature('mem', t));
const SELF_ATOMS = ENTITY_TYPES.map((t) => feature('self', t));
const SELF_NONE = feature('self', 'O');
const NEIGHBOUR_SEEDS = [-1, 1].map((k) => feature('memoff', String(k)));
const CASE_ATOMS = ['lower', 'initial', 'both'].map((c) => feature('doccase', c));

/** Whether the sentence is running text (has a long lower-case word), so capitals mean something. */
function isRunningText(sentence: readonly WordInfo[]): boolean {
  return sentence.some((w) => w.casing === 'lower' && w.match.length >= 4);
}

/** Per match key: bit 1 = seen in lower case, bit 2 = seen capitalised inside running text. */
function casingEvidence(doc: readonly (readonly WordInfo[])[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const sentence of doc) {
    const running = isRunningText(sentence);
    sentence.forEach((w, i) => {
      const bit = w.casing === 'lower' ? 1 : w.casing === 'initial' && running && i > 0 ? 2 : 0;
      if (bit) seen.set(w.match, (seen.get(w.match) ?? 0) | bit);
    });
  }
  return seen;
}

export function memoryFeatures(doc: readonly (readonly WordInfo[])[], firstPass: readonly (readonly number[])[]): number[][][] {
  const counts = new Map<string, number[]>();
  const typeAt = (s: number, i: number) => {
    const tag = firstPass[s]?.[i] ?? 0;
    return tag === 0 ? -1 : ENTITY_TYPES.indexOf(tagType(tag) ?? 'PER');
  };
  doc.forEach((sentence, s) =>
    sentence.forEach((info, i) => {
      const type = typeAt(s, i);
      if (type < 0) return;
      const c = counts.get(info.stemMatch) ?? [0, 0, 0, 0];
      c[type] = (c[type] ?? 0) + 1;
      counts.set(info.stemMatch, c);
    }),
  );
  const casing = casingEvidence(doc);
  const out = doc.map((sentence, s) =>
    sentence.map((info, i) => {
      const own = typeAt(s, i);
      const feats = [own < 0 ? SELF_NONE : (SELF_ATOMS[own] ?? SELF_NONE)];
      const c = counts.get(info.stemMatch);
      if (c) c.forEach((n, t) => n - (t === own ? 1 : 0) > 0 && feats.push(MEM_ATOMS[t] ?? 0));
      [-1, 1].forEach((k, slot) => {
        const near = sentence[i + k];
        const nc = near && counts.get(near.stemMatch);
        if (nc) nc.forEach((n, t) => n > 0 && feats.push(mixHash(NEIGHBOUR_SEEDS[slot] ?? 0, MEM_ATOMS[t] ?? 0)));
      });
      const seen = casing.get(info.match);
      if (seen) feats.push(CASE_ATOMS[seen - 1] ?? 0);
      return feats;
    }),
  );
  aggregateContexts(doc, firstPass, out);
  return out;
}
