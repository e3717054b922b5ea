import { describe, expect, it } from 'vitest';
import { parseQuery } from './matchQuery';
import { searchStems, stemWord } from './searchKey';
import { highlightAll, snippet } from './snippet';

describe('stemWord', () => {
  it.each([
    ['بالموصل', 'موصل'],
    ['والموصل', 'موصل'],
    ['الموصل', 'موصل'],
    ['للوزير', 'وزير'],
    ['وزاره', 'وزاره'],
    ['قال', 'قال'],
    ['بغداد', 'بغداد'],
    ['وبالموصل', 'موصل'],
    ['baghdad', 'baghdad'],
  ])('%s -> %s', (word, stem) => expect(stemWord(word)).toBe(stem));

  it('stems every word of a text after normalisation', () => {
    expect(searchStems('وقالَ الوزيرُ في بغداد')).toBe('وقال وزير في بغداد');
  });
});

describe('parseQuery', () => {
  it('quotes every word so FTS5 syntax in user input is inert', () => {
    const { match } = parseQuery('NEAR(a b) OR title:x "unterminated');
    expect(match).toContain('"near"');
    expect(match).toContain('"or"');
    expect(match).not.toMatch(/\bOR title/);
  });

  it('normalises Arabic query words and adds the stem', () => {
    const { match, terms } = parseQuery('بالموصل أحمد');
    expect(terms).toEqual([['بالموصل'], ['احمد']]);
    expect(match).toBe('({title body} : "بالموصل" OR stems : "موصل") AND ({title body} : "احمد" OR stems : "احمد")');
  });

  it('keeps quoted phrases together and supports a trailing * as prefix', () => {
    expect(parseQuery('"water ministry"').match).toBe('({title body} : ("water" "ministry") OR stems : ("water" "ministry"))');
    expect(parseQuery('minis*').match).toBe('({title body} : "minis" * OR stems : "minis" *)');
  });

  it('returns no expression for a query without words', () => {
    expect(parseQuery(' ، . ! ').match).toBeNull();
  });
});

describe('snippets', () => {
  const text = 'في صباح اليوم التالي، قُتِلَ ثلاثة من عناصر الأمن في هجوم على نقطة تفتيش قرب الموصلِ.';

  it('marks hits in the original text, harakat and all', () => {
    const segments = snippet(text, parseQuery('قتل بالموصل').terms);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['قُتِلَ', 'الموصلِ']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('cuts a long text to a window around the hits with ellipses', () => {
    const long = `${'كلام عام '.repeat(100)}وصل الوزير إلى أربيل ${'ونص آخر '.repeat(100)}`;
    const segments = snippet(long, parseQuery('اربيل').terms, 120);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.length).toBeLessThan(260);
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(segments.find((s) => s.hit)?.text).toBe('أربيل');
  });

  it('highlights whole titles', () => {
    expect(highlightAll('Floods in Basra', parseQuery('basra').terms)).toEqual([
      { text: 'Floods in ', hit: false },
      { text: 'Basra', hit: true },
    ]);
  });
});
