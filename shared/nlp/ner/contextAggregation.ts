import { feature, mixHash } from './hash';
import { ENTITY_TYPES, tagType } from './tags';
import type { WordInfo } from './wordFeatures';

/**
 * Non-local features after Ratinov & Roth (2009), English only: for a capitalised word, the
 * words around its other occurrences in the document (context aggregation: "Suu Kyi said"
 * elsewhere says person even where this sentence does not) and the BILOU tags the first pass
 * gave those occurrences ("Jones" alone after "Jones Medical Industries Inc"). Arabic words have
 * casing 'none', so Arabic models get none of these and keep their features.
 */
const LEFT_SEED = feature('aggl', '');
const RIGHT_SEED = feature('aggr', '');
const TAG_SEED = feature('memtag', '');
const MAJORITY_ATOMS = ENTITY_TYPES.map((t) => feature('memmaj', t));
/** Occurrences consulted per word: enough for a story's main names, bounded for long documents. */
const MAX_OCCURRENCES = 40;

interface Occurrence {
  s: number;
  i: number;
}

function occurrencesByWord(doc: readonly (readonly WordInfo[])[]): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  doc.forEach((sentence, s) =>
    sentence.forEach((w, i) => {
      if (w.casing !== 'initial' && w.casing !== 'upper') return;
      const list = out.get(w.match) ?? [];
      if (list.length < MAX_OCCURRENCES) list.push({ s, i });
      out.set(w.match, list);
    }),
  );
  return out;
}

function pushOnce(out: number[], from: number, atom: number): void {
  if (out.indexOf(atom, from) < 0) out.push(atom);
}

/** Appends the aggregated features of every capitalised token to `out[s][i]`. */
export function aggregateContexts(doc: readonly (readonly WordInfo[])[], firstPass: readonly (readonly number[])[], out: number[][][]): void {
  const byWord = occurrencesByWord(doc);
  doc.forEach((sentence, s) =>
    sentence.forEach((w, i) => {
      const others = byWord.get(w.match);
      const feats = out[s]?.[i];
      if (!others || !feats || others.length < 2) return;
      const from = feats.length;
      const types = [0, 0, 0, 0];
      for (const o of others) {
        if (o.s === s && o.i === i) continue;
        const near = doc[o.s];
        const left = near?.[o.i - 1];
        const right = near?.[o.i + 1];
        if (left) pushOnce(feats, from, mixHash(LEFT_SEED, left.ctx[0] ?? 0));
        if (right) pushOnce(feats, from, mixHash(RIGHT_SEED, right.ctx[0] ?? 0));
        const tag = firstPass[o.s]?.[o.i] ?? 0;
        pushOnce(feats, from, mixHash(TAG_SEED, tag));
        const type = tagType(tag);
        const t = type ? ENTITY_TYPES.indexOf(type) : -1;
        if (t >= 0) types[t] = (types[t] ?? 0) + 1;
      }
      const top = Math.max(...types);
      if (top > 0) feats.push(MAJORITY_ATOMS[types.indexOf(top)] ?? 0);
    }),
  );
}
