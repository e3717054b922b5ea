import { describe, expect, it } from 'vitest';
import { byPosition, neighbour } from './mentionOrder';

const list = [
  { id: 3, start: 40, end: 45, status: 'suggested' },
  { id: 1, start: 0, end: 5, status: 'accepted' },
  { id: 2, start: 10, end: 20, status: 'suggested' },
  { id: 4, start: 50, end: 55, status: 'rejected' },
].sort(byPosition);

describe('neighbour', () => {
  it('walks in reading order, all mentions or suggestions only', () => {
    expect(list.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(neighbour(list, null, true, true)).toBe(2);
    expect(neighbour(list, 2, true, false)).toBe(3);
    expect(neighbour(list, 3, true, true)).toBeNull();
    expect(neighbour(list, 3, false, true)).toBe(2);
    expect(neighbour(list, null, false, false)).toBe(4);
  });
});
