import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partitionPoint';

describe('partitionPoint', () => {
  it('finds the first item the predicate rejects', () => {
    const starts = [0, 4, 4, 9, 15];
    expect(partitionPoint(starts, (s) => s < 4)).toBe(1);
    expect(partitionPoint(starts, (s) => s < 10)).toBe(4);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint(starts, (s) => s < 99)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
