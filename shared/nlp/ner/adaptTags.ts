import { tokenize } from '../tokenize';
import { splitSentences } from './recognize';
import { type EntityType, tagIndex } from './tags';

/** A reviewer-confirmed entity: offsets (UTF-16 indices) into the document's text. */
export interface CorrectedEntity {
  type: EntityType;
  start: number;
  end: number;
}

/** A whole document as the reviewer left it: every confirmed entity; all other text is O. */
export interface CorrectedDocument {
  text: string;
  entities: readonly CorrectedEntity[];
}

/** One sentence of tokens with gold BILOU tag indices. */
export interface TaggedSentence {
  tokens: string[];
  tags: number[];
}

function spanTags(type: EntityType, length: number): number[] {
  if (length === 1) return [tagIndex(`U-${type}`)];
  return Array.from({ length }, (_, i) => tagIndex(`${i === 0 ? 'B' : i === length - 1 ? 'L' : 'I'}-${type}`));
}

/**
 * Tokenises and splits a corrected document exactly as recognizeEntities does and tags each
 * entity on every token it overlaps: a name confirmed without its proclitic (بغداد inside
 * وبغداد) tags the whole token, as the model labels whole tokens. Where entities overlap the
 * earlier (then longer) one wins; a span crossing a sentence break is tagged in each part.
 */
export function correctedSentences(doc: CorrectedDocument): TaggedSentence[] {
  const sentences = splitSentences(doc.text, tokenize(doc.text));
  const out = sentences.map((s) => ({ tokens: s.map((t) => t.text), tags: s.map(() => 0) }));
  const ordered = doc.entities.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of ordered) {
    sentences.forEach((sentence, si) => {
      const tags = out[si]?.tags ?? [];
      const hit = sentence.flatMap((t, i) => (t.end > entity.start && t.start < entity.end ? [i] : []));
      const first = hit[0];
      if (first === undefined || hit.some((i) => tags[i] !== 0)) return;
      spanTags(entity.type, hit.length).forEach((tag, k) => (tags[first + k] = tag));
    });
  }
  return out;
}
