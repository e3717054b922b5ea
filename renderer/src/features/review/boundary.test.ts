import { describe, expect, it } from 'vitest';
import { moveEdge } from './boundary';

describe('moveEdge', () => {
  const text = 'وقال الوزير سامي الخطيب أمس';

  it('moves either edge by one character', () => {
    expect(moveEdge(text, { start: 12, end: 16 }, 'end', true)).toEqual({ start: 12, end: 17 });
    expect(moveEdge(text, { start: 12, end: 16 }, 'start', false)).toEqual({ start: 11, end: 16 });
  });

  it('moves by a whole word', () => {
    expect(moveEdge(text, { start: 12, end: 16 }, 'end', true, true)).toEqual({ start: 12, end: 23 });
    expect(moveEdge(text, { start: 12, end: 23 }, 'start', false, true)).toEqual({ start: 5, end: 23 });
  });

  it('refuses to empty the span or leave the text', () => {
    expect(moveEdge(text, { start: 3, end: 4 }, 'end', false)).toBeNull();
    expect(moveEdge(text, { start: 0, end: 4 }, 'start', false)).toBeNull();
    expect(moveEdge(text, { start: 20, end: text.length }, 'end', true)).toBeNull();
  });
});
