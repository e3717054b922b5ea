/**
 * Quotations with no cue of their own that follow a direct claim in the same paragraph
 * ("A," he said. "B.") continue that claim: same speaker and cue.
 */
import { trimContent } from './contentSpan';
import type { Doc } from './doc';
import type { Frame } from './frame';

const MAX_GAP_WORDS = 8;

function covered(frames: Frame[], offset: number): boolean {
  return frames.some((f) => f.content[0] - 1 <= offset && offset < f.content[1] + 1);
}

export function addContinuations(doc: Doc, frames: Frame[], isCue: (word: string) => boolean): Frame[] {
  const out = [...frames];
  for (const q of doc.quotes) {
    if (covered(out, q.open)) continue;
    const previous = out
      .filter((f) => Math.max(f.content[1], f.cue[1]) <= q.open)
      .sort((a, b) => Math.max(b.content[1], b.cue[1]) - Math.max(a.content[1], a.cue[1]))[0];
    const sameSentence = previous !== undefined && previous.sentence.start <= q.open && q.open < previous.sentence.end;
    if (!previous || (!previous.direct && !sameSentence)) continue;
    const gapStart = Math.max(previous.content[1], previous.cue[1]);
    const gap = doc.text.slice(gapStart, q.open);
    const gapWords = gap.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
    // A new paragraph may reopen the quotation ("... ," he said.\n\n"And ..."), nothing else.
    const reopened = /\n\s*$/.test(gap) && previous.direct && (gap.match(/\n+/g) ?? []).length === 1;
    if ((gap.includes('\n') && !reopened) || gapWords.length > MAX_GAP_WORDS || gapWords.some((w) => isCue(w.toLowerCase()))) continue;
    const sentence = doc.sentences.find((s) => s.start <= q.open && q.open < s.end);
    const end = q.close ?? sentence?.end ?? q.open;
    const span = trimContent(doc.text, q.open + 1, end);
    if (!span || span[1] - span[0] < 12) continue;
    out.push({ ...previous, content: span, direct: true, mention: null, names: [], confidence: 0.7, continues: previous, sentence: sentence ?? previous.sentence });
  }
  return out;
}
