import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { read } from './testHelpers';

describe('optional inputs', () => {
  it('dates the claim with a date mention outside its content, nearest the cue', () => {
    const text = 'قالت الوزارة يوم الخميس إن الانتخابات ستجرى في 5 مايو.';
    const thursday = { start: text.indexOf('الخميس'), end: text.indexOf('الخميس') + 6, value: { iso: '2024-04-18' } };
    const inContent = { start: text.indexOf('5 مايو'), end: text.indexOf('5 مايو') + 6, value: { iso: '2024-05-05' } };
    const [c] = extractClaims(text, { language: 'ar', dates: [inContent, thursday], documentDate: '2024-04-19' });
    expect(c!.when).toBe('2024-04-18');
  });

  it('falls back to relative day words, then to the document date', () => {
    const claims = read('The mayor said yesterday that the road was open. She added that repairs were over.', { language: 'en', documentDate: '2024-04-19T08:00:00' });
    expect(claims.map((c) => c.when)).toEqual(['2024-04-18', '2024-04-19']);
    expect(read('The mayor said the road was open.', { language: 'en' })[0]!.when).toBeUndefined();
  });

  it('takes the speaker name from a PER entity when one is given', () => {
    const text = 'وقال الحاكم السابق لولاية أريزونا جون سميث إن الاتفاق سيء.';
    const start = text.indexOf('جون');
    const [c] = read(text, { language: 'ar', entities: [{ type: 'PER', start, end: start + 'جون سميث'.length, text: 'جون سميث' }] });
    expect(c).toMatchObject({ speaker: 'جون سميث', mention: 'جون سميث' });
  });

  it('returns offsets into the text exactly as given, with a kind and a confidence', () => {
    const text = '\u200f  قال الوزير: «نعم».';
    const [c] = extractClaims(text, { language: 'ar' });
    expect(text.slice(c!.contentSpan[0], c!.contentSpan[1])).toBe('نعم');
    expect(c!.kind).toBe('attributed');
    expect(c!.confidence).toBeGreaterThan(0);
    expect(c!.confidence).toBeLessThanOrEqual(1);
  });
});
