import { feature } from './hash';
import { ENTITY_TYPES, tagType } from './tags';
import type { WordInfo } from './wordFeatures';

/**
 * Document memory (non-local features): a first pass labels the document; then each token gets
 * the entity types its word received elsewhere in the document, and its own first-pass type.
 */
const MEM_ATOMS = ENTITY_TYPES.map((t) => feature('mem', t));
const SELF_ATOMS = ENTITY_TYPES.map((t) => feature('self', t));
const SELF_NONE = feature('self', 'O');

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
  return doc.map((sentence, s) =>
    sentence.map((info, i) => {
      const own = typeAt(s, i);
      const out = [own < 0 ? SELF_NONE : (SELF_ATOMS[own] ?? SELF_NONE)];
      const c = counts.get(info.stemMatch);
      if (c) c.forEach((n, t) => n - (t === own ? 1 : 0) > 0 && out.push(MEM_ATOMS[t] ?? 0));
      return out;
    }),
  );
}
