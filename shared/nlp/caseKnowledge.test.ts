import { describe, expect, it } from 'vitest';
import { applyCaseKnowledge, type CaseKnowledge, COMMON_WORD_RANK, matchableEntries } from './caseKnowledge';

const text = 'وقال وزير الخارجية إن وفدا من الموصل وصل إلى بغداد أمس.';
const span = (type: string, part: string) => {
  const start = text.indexOf(part);
  return { type, start, end: start + part.length, text: part };
};
const asSpan = (g: { type: string; start: number; end: number; text: string }) => ({ type: g.type, start: g.start, end: g.end, text: g.text });

describe('applyCaseKnowledge', () => {
  it('drops rejected names, keeps dates, and adds confirmed names the model missed', () => {
    const known: CaseKnowledge = { gazetteer: [{ name: 'الموصل', type: 'LOC' }], rejected: new Set(['وزير الخارجيه']) };
    const found = [span('ORG', 'وزير الخارجية'), span('LOC', 'بغداد'), span('DATE', 'أمس')];
    const out = applyCaseKnowledge(text, found, known, asSpan);
    expect(out.map((s) => [s.type, s.text, s.source])).toEqual([
      ['LOC', 'الموصل', 'gazetteer'],
      ['LOC', 'بغداد', 'model'],
      ['DATE', 'أمس', 'model'],
    ]);
  });

  it('never lets a case name overlap a model name', () => {
    const known: CaseKnowledge = { gazetteer: [{ name: 'بغداد', type: 'ORG' }], rejected: new Set() };
    const out = applyCaseKnowledge(text, [span('LOC', 'بغداد')], known, asSpan);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'LOC', source: 'model' });
  });
});

describe('matchableEntries', () => {
  it('leaves out one-word names that are frequent words, keeps longer and rarer names', () => {
    const ranks = new Map([['بان', 107], ['الموصل', COMMON_WORD_RANK + 1]]);
    const entries = [
      { name: 'بان', type: 'PER' as const },
      { name: 'بان كي مون', type: 'PER' as const },
      { name: 'الموصل', type: 'LOC' as const },
      { name: 'زنوبيا', type: 'PER' as const },
    ];
    expect(matchableEntries(entries, (w) => ranks.get(w)).map((e) => e.name)).toEqual(['بان كي مون', 'الموصل', 'زنوبيا']);
  });

  it('so a confirmed "بان" no longer turns every "بأن" into a person', () => {
    const sentence = 'وأكد بأن بان كي مون سيزور المدينة.';
    const known = (entries: CaseKnowledge['gazetteer']): CaseKnowledge => ({ gazetteer: entries, rejected: new Set() });
    const all = [{ name: 'بان', type: 'PER' as const }];
    expect(applyCaseKnowledge(sentence, [], known(all), asSpan).map((s) => s.text)).toEqual(['بأن', 'بان']);
    expect(applyCaseKnowledge(sentence, [], known(matchableEntries(all, () => 107)), asSpan)).toEqual([]);
  });
});

