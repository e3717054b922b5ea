import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, isFiltered, listChoiceKey, listQuery, parseListChoice } from './documentListChoice';

describe('document list choice', () => {
  it('turns typed dates into ISO bounds and drops what is unset', () => {
    const q = listQuery({ ...DEFAULT_CHOICE, sort: 'newest', language: 'ar', from: '١٠ آذار ٢٠٢٤', to: '2024-5' });
    expect(q).toEqual({ sort: 'newest', filter: { language: 'ar', from: '2024-03-10', to: '2024-05' }, unreadable: { from: false, to: false } });
    expect(isFiltered(q.filter)).toBe(true);
    expect(isFiltered(listQuery(DEFAULT_CHOICE).filter)).toBe(false);
  });

  it('leaves an unreadable date out of the filter and flags it', () => {
    const q = listQuery({ ...DEFAULT_CHOICE, review: 'finished', outlet: 'Coastal Herald', from: 'sometime in spring' });
    expect(q.filter).toEqual({ review: 'finished', outlet: 'Coastal Herald' });
    expect(q.unreadable).toEqual({ from: true, to: false });
  });

  it('restores a stored choice and falls back to the default for anything else', () => {
    const stored = { ...DEFAULT_CHOICE, sort: 'title', review: 'notStarted', outlet: 'صحيفة الصباح' };
    expect(parseListChoice(JSON.stringify(stored))).toEqual(stored);
    expect(parseListChoice(null)).toBe(DEFAULT_CHOICE);
    expect(parseListChoice('{not json')).toBe(DEFAULT_CHOICE);
    expect(parseListChoice(JSON.stringify({ ...stored, sort: 'random' }))).toBe(DEFAULT_CHOICE);
  });

  it('keys the stored choice by archive and case', () => {
    expect(listChoiceKey('a1', 7)).not.toBe(listChoiceKey('a2', 7));
    expect(listChoiceKey('a1', 7)).not.toBe(listChoiceKey('a1', 8));
  });
});
