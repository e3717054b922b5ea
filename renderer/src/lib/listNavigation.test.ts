import { describe, expect, it } from 'vitest';
import { nextIndex } from './listNavigation';

describe('nextIndex', () => {
  it('moves with arrows and j/k and stays in bounds', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('j', 2, 3)).toBe(2);
    expect(nextIndex('k', 0, 3)).toBe(0);
    expect(nextIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextIndex('ArrowDown', -1, 3)).toBe(0);
  });

  it('jumps with Home/End/PageUp/PageDown and ignores other keys', () => {
    expect(nextIndex('End', 0, 100)).toBe(99);
    expect(nextIndex('Home', 50, 100)).toBe(0);
    expect(nextIndex('PageDown', 95, 100)).toBe(99);
    expect(nextIndex('PageUp', 5, 100)).toBe(0);
    expect(nextIndex('x', 1, 3)).toBeNull();
    expect(nextIndex('j', 0, 0)).toBeNull();
  });
});
