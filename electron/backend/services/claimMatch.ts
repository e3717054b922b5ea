/** A stored claim's spans, as kept in the archive. */
export interface StoredClaimSpans {
  cue: [number, number];
  content: [number, number];
}

/**
 * Whether a stored claim and a freshly extracted one are the same statement: the same content, or
 * the same cue and overlapping content (a reviewer may have trimmed the content).
 */
export function sameClaim(stored: StoredClaimSpans, c: { cue: [number, number]; contentSpan: [number, number] }): boolean {
  const [ks, ke] = stored.content;
  const [cs, ce] = c.contentSpan;
  if (ks === cs && ke === ce) return true;
  return stored.cue[0] === c.cue[0] && stored.cue[1] === c.cue[1] && ks < ce && cs < ke;
}
