/** 32-bit hashing for feature keys: features are never materialised as strings. */

/** FNV-1a over UTF-16 units, seeded (the seed names the feature template). */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (murmur3 finaliser over a boost-style combine). */
export function mixHash(a: number, b: number): number {
  let h = (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const templateSeeds = new Map<string, number>();

/** Hash of template name + value (template seeds are memoised: there are few templates). */
export function feature(template: string, value: string): number {
  let seed = templateSeeds.get(template);
  if (seed === undefined) {
    seed = hashString(template);
    templateSeeds.set(template, seed);
  }
  return hashString(value, seed);
}
