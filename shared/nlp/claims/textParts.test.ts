import { describe, expect, it } from 'vitest';
import { trimContent } from './contentSpan';
import { findQuotes, quoteEndingBefore } from './quotes';
import { splitParagraphs, splitSentences, tokenize } from './textUnits';

const sentences = (text: string) => splitSentences(text, tokenize(text)).map((r) => text.slice(r.start, r.end));

describe('tokens and sentences', () => {
  it('keeps hyphenated names whole and splits off the possessive', () => {
    expect(tokenize("Suleiman al-Amr's office").map((t) => t.text)).toEqual(['Suleiman', 'al-Amr', "'", 's', 'office']);
  });

  it('normalises Arabic tokens for look-ups', () => {
    expect(tokenize('وأكّد مشيراً').map((t) => t.norm)).toEqual(['واكد', 'مشيرا']);
  });

  it('splits after terminators and line breaks, not after abbreviations or decimals', () => {
    expect(sentences('Dr. Smith paid 3.5 dollars. He left!\nقال الوزير إن الخطة جاهزة. وأضاف أنها ممولة؟')).toEqual([
      'Dr. Smith paid 3.5 dollars.',
      'He left!',
      'قال الوزير إن الخطة جاهزة.',
      'وأضاف أنها ممولة؟',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('He said "we won." Then he left.')).toEqual(['He said "we won."', 'Then he left.']);
  });
});

describe('quotation pairs', () => {
  const pairs = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => [q.open, q.close]);

  it('pairs directional marks and ASCII marks per paragraph', () => {
    const text = 'قال «نعم» ثم “لا” وأيضا "ربما"\n"open';
    const ascii = text.indexOf('"');
    expect(pairs(text)).toEqual([
      [text.indexOf('«'), text.indexOf('»')],
      [text.indexOf('“'), text.indexOf('”')],
      [ascii, text.indexOf('"', ascii + 1)],
      [text.lastIndexOf('"'), null],
    ]);
  });

  it('ignores a stray closing mark so later pairs stay aligned', () => {
    const text = 'end of it". Then "a" and "b"';
    expect(pairs(text)).toEqual([[17, 19], [25, 27]]);
  });

  it('finds the quote that ends just before a speaker on the same line', () => {
    const text = '"We won," said Ann.\n"Next" Bob';
    const quotes = findQuotes(text, splitParagraphs(text));
    expect(quoteEndingBefore(text, quotes, text.indexOf('said'))?.open).toBe(0);
    expect(quoteEndingBefore(text, quotes, text.indexOf('Bob'))?.open).toBe(20);
    expect(quoteEndingBefore(text, quotes, text.indexOf('Ann'))).toBeUndefined();
  });
});

describe('content trimming', () => {
  const trim = (text: string) => {
    const span = trimContent(text, 0, text.length);
    return span ? text.slice(span[0], span[1]) : null;
  };

  it('drops final punctuation and enclosing quotes', () => {
    expect(trim(' "الوضع مستقر تماماً." ')).toBe('الوضع مستقر تماماً');
    expect(trim('«نعم»،')).toBe('نعم');
    expect(trim('the road is closed.”')).toBe('the road is closed');
  });

  it('keeps a closing mark that balances a mark inside the span', () => {
    expect(trim('خلافات داخل تنظيم "داعش".')).toBe('خلافات داخل تنظيم "داعش"');
    expect(trim('has a "strong rationale".')).toBe('has a "strong rationale"');
  });

  it('returns null for a span of punctuation only', () => {
    expect(trim(' ، . ')).toBeNull();
  });
});
