import { describe, expect, it } from 'vitest';
import { parseQuery } from './matchQuery';
import { procliticStems, searchStem, searchStems, stemWord } from './searchKey';
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

// A small news vocabulary: rank 0 is the most frequent word.
const RANKS = new Map(['قال', 'وجود', 'وزاره', 'بغداد', 'كتاب', 'وقال', 'ببغداد', 'جود', 'وبغداد', 'غداد'].map((w, i) => [w, i]));
const rank = (w: string) => RANKS.get(w);

describe('searchStem with the news vocabulary', () => {
  it.each([
    ['وبغداد', 'بغداد', 'the stem is more frequent than the whole word'],
    ['لبغداد', 'بغداد', 'the whole word is unknown'],
    ['فبغداد', 'بغداد', 'conjunction ف'],
    ['وببغداد', 'بغداد', 'two proclitics: the most frequent reading wins over ببغداد'],
    ['وكتاب', 'كتاب', 'و before ك'],
    ['وجود', 'وجود', 'the whole word is more frequent than جود'],
    ['وزاره', 'وزاره', 'زاره is not a known word'],
    ['بغداد', 'بغداد', 'غداد is less frequent than بغداد'],
    ['ولد', 'ولد', 'a stem of two letters is never taken'],
    ['بالموصل', 'موصل', 'the article rule comes first'],
    ['baghdad', 'baghdad', 'not Arabic'],
  ])('%s -> %s (%s)', (word, stem) => expect(searchStem(word, rank)).toBe(stem));

  it('strips no bare proclitic without a vocabulary', () => {
    expect(searchStem('وبغداد')).toBe('وبغداد');
    expect(searchStem('والموصل')).toBe('موصل');
  });

  it('keeps one stem per word so phrase positions hold', () => {
    expect(searchStems('وقال الوزير وبغداد ولبغداد', rank)).toBe('قال وزير بغداد بغداد');
  });

  it('lists every bare proclitic reading of three letters or more', () => {
    expect(procliticStems('وببغداد').sort()).toEqual(['ببغداد', 'بغداد'].sort());
    expect(procliticStems('ولد')).toEqual([]);
    expect(procliticStems('موصل')).toEqual([]);
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

  it('matches a query word with a proclitic by its likely stem, given the vocabulary', () => {
    expect(parseQuery('وبغداد', rank).match).toBe('({title body} : "وبغداد" OR stems : "بغداد")');
    expect(parseQuery('"في وبغداد"', rank).match).toBe('({title body} : ("في" "وبغداد") OR stems : ("في" "بغداد"))');
    expect(parseQuery('وجود', rank).match).toBe('({title body} : "وجود" OR stems : "وجود")');
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

  it('marks a word with an attached proclitic when its stem is searched', () => {
    const hits = snippet('وصل الوفد وبغداد تستعد، ثم عاد لبغداد.', parseQuery('بغداد').terms).filter((s) => s.hit);
    expect(hits.map((s) => s.text)).toEqual(['وبغداد', 'لبغداد']);
  });

  it('highlights whole titles', () => {
    expect(highlightAll('Floods in Basra', parseQuery('basra').terms)).toEqual([
      { text: 'Floods in ', hit: false },
      { text: 'Basra', hit: true },
    ]);
  });
});
