import { describe, expect, it } from 'vitest';
import { paragraphsOf, segmentsOf } from './segments';

describe('paragraphsOf', () => {
  it('keeps offsets of trimmed non-empty lines', () => {
    const text = 'Title\n\n  Mayor Lina Haddad spoke. \r\nقال الوزير';
    const ps = paragraphsOf(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'Mayor Lina Haddad spoke.', 'قال الوزير']);
    expect(paragraphsOf('\n \n')).toEqual([]);
  });
});

describe('segmentsOf', () => {
  const text = 'Mayor Lina Haddad of Port Salim said';
  const para = { start: 0, end: text.length };

  it('cuts at every boundary and lists nested mentions outermost first', () => {
    const outer = { id: 1, start: 6, end: 36 - 5 };
    const inner = { id: 2, start: 21, end: 31 };
    const segs = segmentsOf(para, [inner, outer], []);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['Mayor ', 'Lina Haddad of ', 'Port Salim', ' said']);
    expect(segs[2]?.mentions.map((m) => m.id)).toEqual([1, 2]);
    expect(segs[0]?.mentions).toEqual([]);
  });

  it('handles overlapping mentions and claim parts, clipped to the paragraph', () => {
    const segs = segmentsOf({ start: 6, end: 17 }, [{ id: 1, start: 6, end: 12 }, { id: 2, start: 11, end: 20 }], [{ id: 9, start: 0, end: 8 }]);
    expect(segs.map((s) => [s.start, s.end, s.mentions.map((m) => m.id), s.claims.length])).toEqual([
      [6, 8, [1], 1],
      [8, 11, [1], 0],
      [11, 12, [2, 1], 0],
      [12, 17, [2], 0],
    ]);
  });
});
