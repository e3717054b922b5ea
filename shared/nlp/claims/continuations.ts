/**
 * Quotations with no cue of their own that follow a direct claim in the same paragraph
 * ("A," he said. "B.") continue that claim: same speaker and cue.
 */
import { partitionPoint } from '../partitionPoint';
import { trimContent } from './contentSpan';
import type { Doc } from './doc';
import type { Frame } from './frame';

const MAX_GAP_WORDS = 8;

const endOf = (f: Frame): number => Math.max(f.content[1], f.cue[1]);

function covered(frames: Frame[], offset: number): boolean {
  return frames.some((f) => f.content[0] - 1 <= offset && offset < f.content[1] + 1);
}

/** Index of the first frame (sorted by end) that ends after offset. */
function firstEndingAfter(byEnd: Frame[], offset: number): number {
  return partitionPoint(byEnd, (f) => endOf(f) <= offset);
}

export function addContinuations(doc: Doc, frames: Frame[], isCue: (word: string) => boolean): Frame[] {
  const out = [...frames];
  const byEnd = [...frames].sort((a, b) => endOf(a) - endOf(b));
  for (const q of doc.quotes) {
    if (covered(out, q.open)) continue;
    const at = firstEndingAfter(byEnd, q.open);
    const previous = byEnd[at - 1];
    if (!previous) continue;
    const sameSentence = previous.sentence.start <= q.open && q.open < previous.sentence.end;
    if (!previous.direct && !sameSentence) continue;
    const gap = doc.text.slice(endOf(previous), q.open);
    const gapWords = gap.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
    // A new paragraph may reopen the quotation ("... ," he said.\n\n"And ..."), nothing else.
    const reopened = /\n\s*$/.test(gap) && previous.direct && (gap.match(/\n+/g) ?? []).length === 1;
    if ((gap.includes('\n') && !reopened) || gapWords.length > MAX_GAP_WORDS || gapWords.some((w) => isCue(w.toLowerCase()))) continue;
    const sentence = doc.sentences.find((s) => s.start <= q.open && q.open < s.end);
    const end = q.close ?? sentence?.end ?? q.open;
    const span = trimContent(doc.text, q.open + 1, end);
    if (!span || span[1] - span[0] < 12) continue;
    const frame: Frame = { ...previous, content: span, direct: true, mention: null, names: [], confidence: 0.7, continues: previous, sentence: sentence ?? previous.sentence };
    out.push(frame);
    byEnd.splice(firstEndingAfter(byEnd, endOf(frame)), 0, frame);
  }
  return out;
}
