import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../shared/domain/schemas';
import { filterClaims, NO_FILTER, readDateBound, speakersOf } from './claimFilters';

const claim = (id: number, speaker: string | null, status: Claim['status'], when: string | null): Claim => ({
  id,
  uid: `c${id}`,
  documentId: 1,
  documentTitle: 'Ferry fares to rise',
  speaker,
  speakerSpan: null,
  speakerEntityId: null,
  cue: [0, 4],
  cueText: 'said',
  contentSpan: [5, 20],
  content: 'fares would rise in May',
  direct: false,
  medium: null,
  reportedVia: null,
  when,
  confidence: 0.9,
  source: 'model',
  status,
  note: '',
  links: [],
});

const claims = [
  claim(1, 'Mayor Lina Haddad', 'verified', '2025-03-04'),
  claim(2, 'وزير النقل', 'unreviewed', '2025-05'),
  claim(3, 'Mayor Lina Haddad', 'disputed', null),
  claim(4, null, 'unreviewed', '2025-01/2025-02'),
];

describe('claim filters', () => {
  it('lists distinct speakers', () => {
    expect(speakersOf(claims)).toEqual(['Mayor Lina Haddad', 'وزير النقل']);
  });

  it('filters by speaker and status', () => {
    expect(filterClaims(claims, { ...NO_FILTER, speaker: 'Mayor Lina Haddad' }).map((c) => c.id)).toEqual([1, 3]);
    expect(filterClaims(claims, { ...NO_FILTER, status: 'unreviewed' }).map((c) => c.id)).toEqual([2, 4]);
    expect(filterClaims(claims, NO_FILTER)).toHaveLength(4);
  });

  it('filters by date bounds at any precision, ranges overlapping', () => {
    expect(filterClaims(claims, { ...NO_FILTER, from: '2025-03' }).map((c) => c.id)).toEqual([1, 2]);
    expect(filterClaims(claims, { ...NO_FILTER, to: '2025-03-31' }).map((c) => c.id)).toEqual([1, 4]);
    expect(filterClaims(claims, { ...NO_FILTER, from: '2025-02', to: '2025-02' }).map((c) => c.id)).toEqual([4]);
  });
});

describe('readDateBound', () => {
  it('reads ISO prefixes, padding month and day', () => {
    expect(readDateBound('2024')).toBe('2024');
    expect(readDateBound(' 2024-3 ')).toBe('2024-03');
    expect(readDateBound('2024-03-5')).toBe('2024-03-05');
    expect(readDateBound('')).toBe('');
  });

  it('reads written dates in English and Arabic', () => {
    expect(readDateBound('10 March 2024')).toBe('2024-03-10');
    expect(readDateBound('March 2024')).toBe('2024-03');
    expect(readDateBound('١٠ آذار ٢٠٢٤')).toBe('2024-03-10');
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(readDateBound('next week')).toBeNull();
    expect(readDateBound('March')).toBeNull();
    expect(readDateBound('sometime in 2024 maybe')).toBeNull();
  });
});
