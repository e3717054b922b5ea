import { describe, expect, it } from 'vitest';
import { arabicVocabulary, procliticLength } from './proclitics';

const doc = 'زار الوزير كركوك أمس، ثم عاد إلى بغداد. وقال وليد إن وزارة الداخلية وكركوك ونينوى تتعاون.';
const vocab = arabicVocabulary(doc);
const cut = (w: string) => w.slice(procliticLength(w, vocab));

describe('procliticLength', () => {
  it.each([
    ['بالرياض', 'الرياض'],
    ['والموصل', 'الموصل'],
    ['وبالموصل', 'الموصل'],
    ['للعراق', 'لعراق'],
    ['لـداعش', 'داعش'],
    ['وكركوك', 'كركوك'],
    ['فالعراق', 'العراق'],
  ])('%s gives %s', (word, name) => expect(cut(word)).toBe(name));

  it.each(['بغداد', 'وليد', 'وزارة', 'لبنان', 'فلسطين', 'كركوك', 'ونينوى'])('leaves %s whole when nothing says it is a prefix', (word) => {
    expect(cut(word)).toBe(word);
  });

  // A made-up frequency list of the news (lower is more frequent) and a list of given names.
  const ranks = new Map([['بغداد', 900], ['لبنان', 1200], ['بنان', 40_000], ['وزارة', 300], ['زارة', 60_000], ['مال', 200], ['كمال', 5_000], ['راس', 800]]);
  const news = { rank: (key: string) => ranks.get(key), isName: (key: string) => key === 'فراس' };
  const newsCut = (w: string) => w.slice(procliticLength(w, new Set(), news));

  it.each([
    ['وبغداد', 'بغداد'],
    ['ولبنان', 'لبنان'],
    ['فبغداد', 'بغداد'],
  ])('%s gives %s when the news writes the rest more often than the whole', (word, name) => expect(newsCut(word)).toBe(name));

  it.each(['لبنان', 'وزارة', 'كمال', 'فراس'])('keeps %s: its rest is rarer, its ك starts a name (كمال), or it is a listed name', (word) => {
    expect(newsCut(word)).toBe(word);
  });
});
