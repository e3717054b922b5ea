import { normalizeForSearch } from '../../shared/nlp/normalize';

/**
 * Near-duplicate detection: MinHash over word 3-shingles of the search-normalised text.
 * 64 hash functions in 16 LSH bands of 4 rows: two texts whose estimated Jaccard similarity is
 * at least NEAR_DUPLICATE_THRESHOLD are near-duplicates. At 0.7 a pair shares a band with
 * probability 1 − (1 − 0.7⁴)¹⁶ ≈ 0.99; a wire story republished with a changed sentence or two
 * scores 0.8–0.95, while two different stories on one topic score below 0.2.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
const ROWS = MINHASH_SIZE / LSH_BANDS;
const SHINGLE = 3;
/** Texts with fewer shingles than this are too short to compare reliably. */
const MIN_SHINGLES = 20;

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser) seeded per hash function. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature of a text, or null when it is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const words = normalizeForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  if (shingles.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = mix(s, SEEDS[k] ?? 0);
      if (h < (sig[k] ?? 0)) sig[k] = h;
    }
  }
  return sig;
}

/** One key per band: texts sharing any band key are candidates. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) keys.push(fnv1a(Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')) | 0);
  return keys;
}

/** The estimated Jaccard similarity of two signatures: the share of positions that agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

export const signatureBytes = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const signatureFrom = (bytes: Uint8Array): Uint32Array => new Uint32Array(new Uint8Array(bytes).buffer);
