import { describe, expect, it } from 'vitest';
import { cliticReadings, splitClitics, tokenize, whitespaceTokens } from './tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits punctuation and keeps offsets into the original text', () => {
    const text = 'وقال الوزير: "سنبدأ غداً"، ثم غادر.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['وقال', 'الوزير', ':', '"', 'سنبدأ', 'غداً', '"', '،', 'ثم', 'غادر', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps numbers, abbreviations and hyphenated names whole', () => {
    expect(texts('The U.S. paid $1,000.50 to al-Assad in 2019.')).toEqual([
      'The', 'U.S.', 'paid', '$', '1,000.50', 'to', 'al-Assad', 'in', '2019', '.',
    ]);
  });

  it('keeps Arabic-Indic digits together and splits the Arabic comma', () => {
    expect(texts('في ١٥ مايو، ٢٠٢٤')).toEqual(['في', '١٥', 'مايو', '،', '٢٠٢٤']);
    expect(texts('بلغ ١٬٥٠٠ دولار')).toEqual(['بلغ', '١٬٥٠٠', 'دولار']);
  });

  it('does not join Arabic words across a dot', () => {
    expect(texts('انتهى الاجتماع.وبدأ')).toEqual(['انتهى', 'الاجتماع', '.', 'وبدأ']);
  });

  it('keeps harakat inside words and counts UTF-16 offsets past astral characters', () => {
    const text = '😀 مُحَمَّد';
    const [emoji, word] = tokenize(text);
    expect(emoji).toEqual({ text: '😀', start: 0, end: 2 });
    expect(word).toEqual({ text: 'مُحَمَّد', start: 3, end: text.length });
  });
});

describe('whitespaceTokens', () => {
  it('returns whitespace-separated tokens with offsets', () => {
    expect(whitespaceTokens(' وقال  (د ب')).toEqual([
      { text: 'وقال', start: 1, end: 5 },
      { text: '(د', start: 7, end: 9 },
      { text: 'ب', start: 10, end: 11 },
    ]);
  });
});

describe('splitClitics', () => {
  const vocab = new Set(['قال', 'مدينة', 'وزارة', 'رئيس', 'زيارة']);
  const known = (s: string) => vocab.has(s);

  it('strips proclitics and the article when the stem is known', () => {
    expect(splitClitics('وقال', known)).toEqual({ proclitics: 'و', article: false, stem: 'قال' });
    expect(splitClitics('بالمدينة', known)).toEqual({ proclitics: 'ب', article: true, stem: 'مدينة' });
    expect(splitClitics('للرئيس', known)).toEqual({ proclitics: 'ل', article: true, stem: 'رئيس' });
  });

  it('does not strip a letter that belongs to the word', () => {
    expect(splitClitics('وزارة', known).stem).toBe('وزارة');
    expect(splitClitics('ووزارة', known).stem).toBe('وزارة');
  });

  it('strips only the article without a vocabulary', () => {
    expect(splitClitics('المدينة').stem).toBe('مدينة');
    expect(splitClitics('وقال').stem).toBe('وقال');
  });

  it('lists every reading with at least two stem letters', () => {
    expect(cliticReadings('ولد').map((r) => r.stem)).toEqual(['لد', 'ولد']);
  });
});
