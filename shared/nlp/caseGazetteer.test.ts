import { describe, expect, it } from 'vitest';
import { matchGazetteer } from './caseGazetteer';

const entries = [
  { name: 'الموصل', type: 'LOC' as const },
  { name: 'أبو علي البصري', type: 'PER' as const },
  { name: 'Layla Hassan', type: 'PER' as const },
];

describe('matchGazetteer', () => {
  it('finds confirmed names with other spellings and attached proclitics, offsets in the original', () => {
    const text = 'وصل أبو عليّ البصري إلى الموصل، ثم غادر بالموصل وللموصل. Layla  Hassan said.';
    const found = matchGazetteer(text, entries);
    expect(found.map((m) => [m.type, m.text])).toEqual([
      ['PER', 'أبو عليّ البصري'],
      ['LOC', 'الموصل'],
      ['LOC', 'الموصل'],
      ['LOC', 'لموصل'],
      ['PER', 'Layla  Hassan'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not match inside longer words or partial multi-word names', () => {
    expect(matchGazetteer('الموصلية وأبو علي وحده', entries)).toEqual([]);
  });
});
