import { describe, expect, it } from 'vitest';
import { detectLanguage, detectParagraphLanguages } from './langid';

describe('detectLanguage', () => {
  it('recognises Arabic news text', () => {
    expect(detectLanguage('أعلنت وزارة الصحة في بيان اليوم أن عدد الإصابات ارتفع إلى مئة حالة.')).toBe('ar');
  });

  it('recognises English news text', () => {
    expect(detectLanguage('The health ministry said on Monday that the number of cases rose to one hundred.')).toBe('en');
  });

  it('keeps Arabic text with a few Latin names Arabic', () => {
    expect(detectLanguage('قال المتحدث باسم شركة Siemens إن المصنع سيفتح في مدينة الدمام العام المقبل.')).toBe('ar');
  });

  it('returns und for digits, punctuation or other scripts', () => {
    expect(detectLanguage('2024-05-01 !!!')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Москва заявила сегодня')).toBe('und');
  });

  it('uses function words when scripts are balanced', () => {
    expect(detectLanguage('the report of the UN في عمان')).toBe('en');
  });

  it('labels each paragraph with offsets', () => {
    const text = 'The minister arrived in Cairo.\nووصل الوزير إلى القاهرة مساء أمس.';
    const paragraphs = detectParagraphLanguages(text);
    expect(paragraphs.map((p) => p.language)).toEqual(['en', 'ar']);
    expect(text.slice(paragraphs[1]!.start, paragraphs[1]!.end)).toBe('ووصل الوزير إلى القاهرة مساء أمس.');
  });
});
