/** Moving one edge of a span by a character or a word, never leaving it empty or outside the text. */

export type Edge = 'start' | 'end';

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

function step(text: string, at: number, forward: boolean, byWord: boolean): number {
  if (!byWord) return at + (forward ? 1 : -1);
  let i = at;
  if (forward) {
    while (i < text.length && !isWordChar(text[i])) i++;
    while (i < text.length && isWordChar(text[i])) i++;
  } else {
    while (i > 0 && !isWordChar(text[i - 1])) i--;
    while (i > 0 && isWordChar(text[i - 1])) i--;
  }
  return i;
}

/** The span after moving one edge forward (later in the text) or backward; null when it cannot move. */
export function moveEdge(
  text: string,
  span: { start: number; end: number },
  edge: Edge,
  forward: boolean,
  byWord = false,
): { start: number; end: number } | null {
  const at = step(text, edge === 'start' ? span.start : span.end, forward, byWord);
  const next = edge === 'start' ? { start: at, end: span.end } : { start: span.start, end: at };
  if (next.start < 0 || next.end > text.length || next.end <= next.start) return null;
  if (next.start === span.start && next.end === span.end) return null;
  return next;
}
