import { describe, expect, it } from 'vitest';
import { indexOfId, pagesInRange, rowAt } from './documentPages';

describe('document pages', () => {
  it('lists the pages a visible range needs', () => {
    expect(pagesInRange(0, 10, 100)).toEqual([0]);
    expect(pagesInRange(95, 205, 100)).toEqual([0, 1, 2]);
    expect(pagesInRange(99_990, 99_999, 500)).toEqual([199]);
    expect(pagesInRange(5, 4, 100)).toEqual([]);
  });

  it('finds a row in its page', () => {
    const pages = new Map([[1, ['b0', 'b1']]]);
    expect(rowAt(pages, 3, 2)).toBe('b1');
    expect(rowAt(pages, 0, 2)).toBeUndefined();
  });

  it('finds the list index of a document by id, across pages', () => {
    const pages = new Map([
      [0, [{ id: 7 }, { id: 3 }]],
      [2, [{ id: 12 }, { id: 40 }]],
    ]);
    expect(indexOfId(pages, 3, 2)).toBe(1);
    expect(indexOfId(pages, 40, 2)).toBe(5);
    expect(indexOfId(pages, 99, 2)).toBe(-1);
  });
});
