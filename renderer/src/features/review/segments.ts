/** Splits a document into paragraphs and each paragraph into segments at every span boundary. */

export interface Paragraph {
  start: number;
  end: number;
}

export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment<M extends Span, C extends Span> {
  start: number;
  end: number;
  /** Mentions covering the segment, outermost first. */
  mentions: M[];
  /** Claim parts (cue or content) covering the segment. */
  claims: C[];
}

/** Non-empty lines with their offsets in the text, trimmed, so offsets stay valid for highlights. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const breaks = /\r\n|\r|\n|\u2029/g;
  let lineStart = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, text.length);
  return out;
}

const covers = (s: Span, a: number, b: number) => s.start <= a && s.end >= b && s.end > s.start;

/** Segments of one paragraph; overlapping and nested spans are robust because every boundary cuts. */
export function segmentsOf<M extends Span, C extends Span>(
  paragraph: Paragraph,
  mentions: readonly M[],
  claims: readonly C[],
): Segment<M, C>[] {
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const s of [...mentions, ...claims]) {
    for (const at of [s.start, s.end]) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Segment<M, C>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] ?? 0;
    const b = sorted[i + 1] ?? 0;
    out.push({
      start: a,
      end: b,
      mentions: mentions.filter((m) => covers(m, a, b)).sort((x, y) => y.end - y.start - (x.end - x.start)),
      claims: claims.filter((c) => covers(c, a, b)),
    });
  }
  return out;
}
