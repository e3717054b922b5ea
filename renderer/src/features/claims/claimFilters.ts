import type { Claim } from '../../../../shared/domain/schemas';

export type ClaimStatus = Claim['status'];
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unreviewed', 'verified', 'disputed', 'false', 'unverifiable'];

export interface ClaimFilter {
  /** '' for every speaker. */
  speaker: string;
  status: ClaimStatus | 'all';
  /** YYYY, YYYY-MM or YYYY-MM-DD bounds, '' for open. */
  from: string;
  to: string;
}

export const NO_FILTER: ClaimFilter = { speaker: '', status: 'all', from: '', to: '' };

export const speakerOf = (c: Claim): string => c.speaker?.trim() ?? '';

/** Distinct speakers, sorted, for the speaker filter. */
export function speakersOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map(speakerOf).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** A claim's date range as [first, last] ISO prefixes ("2024-03/2024-05" or one date), or null. */
function whenRange(when: string | null): [string, string] | null {
  if (!when) return null;
  const [first = '', last = first] = when.split('/');
  return [first, last];
}

/** Claims matching every set filter; a date filter keeps only claims with a date inside its bounds. */
export function filterClaims(claims: readonly Claim[], f: ClaimFilter): Claim[] {
  return claims.filter((c) => {
    if (f.speaker && speakerOf(c) !== f.speaker) return false;
    if (f.status !== 'all' && c.status !== f.status) return false;
    if (!f.from && !f.to) return true;
    const range = whenRange(c.when);
    if (!range) return false;
    if (f.from && range[1].slice(0, f.from.length) < f.from) return false;
    if (f.to && range[0].slice(0, f.to.length) > f.to) return false;
    return true;
  });
}
