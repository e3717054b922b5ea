/** Reading-order navigation over mentions: next or previous, optionally suggestions only. */

export interface Navigable {
  id: number;
  start: number;
  end: number;
  status: string;
}

export const byPosition = (a: Navigable, b: Navigable): number => a.start - b.start || a.end - b.end || a.id - b.id;

/** The id to move to from currentId (null: from before the first), or null when nothing qualifies. */
export function neighbour(sorted: readonly Navigable[], currentId: number | null, forward: boolean, suggestedOnly: boolean): number | null {
  const at = currentId === null ? -1 : sorted.findIndex((m) => m.id === currentId);
  const from = at < 0 ? (forward ? -1 : sorted.length) : at;
  for (let i = from + (forward ? 1 : -1); i >= 0 && i < sorted.length; i += forward ? 1 : -1) {
    const m = sorted[i];
    if (m && (!suggestedOnly || m.status === 'suggested')) return m.id;
  }
  return null;
}
