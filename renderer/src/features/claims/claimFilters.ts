import type { Claim } from '../../../../shared/domain/schemas';
import { findDates } from '../../../../shared/nlp/dates';

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

const ISO_PREFIX = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u;

/**
 * A date filter's bound as an ISO prefix (2024, 2024-03, 2024-03-15) from what a user types:
 * that form, or a written date in Arabic or English ("15 March 2024", "آذار 2024"); '' when
 * empty, null when it cannot be read, so the filter can say so instead of matching nothing.
 */
export function readDateBound(input: string): string | null {
  const text = input.trim();
  if (!text) return '';
  const iso = ISO_PREFIX.exec(text);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).map((part, i) => (i === 0 ? part : part!.padStart(2, '0'))).join('-');
  const language = /\p{Script=Arabic}/u.test(text) ? 'ar' : 'en';
  const [found, ...more] = findDates(text, { language });
  const value = found?.value;
  if (!found || more.length > 0 || !value || value.granularity === 'range' || found.relative) return null;
  // The whole input must be the date, not a date inside other words.
  return text.replace(found.text, '').replace(/[\s,.،]/gu, '') === '' ? value.iso : null;
}

