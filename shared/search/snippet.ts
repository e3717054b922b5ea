import type { Segment } from '../domain/schemas';
import { normalizeWithOffsets } from '../nlp/normalize';
import { WORD, procliticStems, stemWord } from './searchKey';

interface Range {
  start: number;
  end: number;
}

/**
 * Ranges of the original text whose words match a term (as written or by stem). Any proclitic
 * reading counts (وبغداد for بغداد) without asking the vocabulary: only documents that matched
 * are highlighted.
 */
export function findHits(text: string, terms: string[][]): Range[] {
  const wanted = new Set<string>();
  for (const phrase of terms) {
    for (const w of phrase) {
      wanted.add(w);
      wanted.add(stemWord(w));
    }
  }
  if (wanted.size === 0) return [];
  const { out, map } = normalizeWithOffsets(text);
  const hits: Range[] = [];
  for (const m of out.matchAll(WORD)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (wanted.has(word) || wanted.has(stemWord(word)) || procliticStems(word).some((s) => wanted.has(s))) {
      hits.push({ start: map[at] ?? 0, end: map[at + word.length] ?? text.length });
    }
  }
  return hits;
}

function toSegments(text: string, from: number, to: number, hits: Range[]): Segment[] {
  const segments: Segment[] = [];
  let pos = from;
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue;
    const s = Math.max(h.start, from);
    const e = Math.min(h.end, to);
    if (s > pos) segments.push({ text: text.slice(pos, s), hit: false });
    segments.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < to) segments.push({ text: text.slice(pos, to), hit: false });
  return segments;
}

/** The whole text as segments, hits marked (for titles). */
export function highlightAll(text: string, terms: string[][]): Segment[] {
  return toSegments(text, 0, text.length, findHits(text, terms));
}

/**
 * A window of about `width` characters around the densest run of hits, cut at word boundaries,
 * with hits marked; the original text is shown, never the normalised one.
 */
export function snippet(text: string, terms: string[][], width = 200): Segment[] {
  const hits = findHits(text, terms);
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < hits.length; i++) {
    let count = 0;
    const first = hits[i];
    if (!first) continue;
    for (let j = i; j < hits.length && (hits[j]?.end ?? 0) - first.start <= width; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      best = first.start;
    }
  }
  let from = Math.max(0, best - Math.floor(width / 4));
  let to = Math.min(text.length, from + width);
  while (from > 0 && /\S/.test(text[from - 1] ?? '') && best - from < width / 2) from--;
  while (to < text.length && /\S/.test(text[to] ?? '') && to - from < width * 1.5) to++;
  const segments = toSegments(text, from, to, hits).map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
  if (from > 0) segments.unshift({ text: '… ', hit: false });
  if (to < text.length) segments.push({ text: ' …', hit: false });
  return segments;
}
