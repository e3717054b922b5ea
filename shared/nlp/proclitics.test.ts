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
});
