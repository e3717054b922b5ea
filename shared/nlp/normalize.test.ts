import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeForSearch, normalizeWithOffsets } from './normalize';

describe('normalizeArabic', () => {
  it('drops harakat, superscript alef and tatweel', () => {
    expect(normalizeArabic('مُحَمَّد')).toBe('محمد');
    expect(normalizeArabic('الرحمٰن')).toBe('الرحمن');
    expect(normalizeArabic('جـــميل')).toBe('جميل');
  });
  it('folds hamza-carrying alef forms, taa marbuta and alef maqsura', () => {
    expect(normalizeArabic('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(normalizeArabic('مدينة')).toBe('مدينه');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeArabic('٢٠٢٠ و۱۹')).toBe('2020 و19');
  });
  it('folds presentation forms through NFKC', () => {
    expect(normalizeArabic('\uFEDF\uFEE0\uFE8E')).toBe('لla'.replace('la', 'لا'));
  });
  it('lower-cases Latin for search keys only', () => {
    expect(normalizeForSearch('Baghdad بغداد')).toBe('baghdad بغداد');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every normalised unit back to its source index', () => {
    const text = 'قُتِلَ في الموصل';
    const { out, map } = normalizeWithOffsets(text);
    expect(out).toBe('قتل في الموصل');
    const at = out.indexOf('الموصل');
    expect(text.slice(map[at], map[at + 'الموصل'.length])).toBe('الموصل');
  });
});

describe('normalizeWithOffsets agrees with normalizeForSearch', () => {
  it.each(['Ministry of Oil — MOSUL', 'إِنَّ الأُمَّةَ ـ مُتَّحِدَة ١٢٣', 'ﻻ ﷲ café ＡＢＣ', 'mixed 𝐀 surrogate'])('%s', (text) => {
    const { out, map } = normalizeWithOffsets(text);
    expect(out).toBe(normalizeForSearch(text));
    expect(map).toHaveLength(out.length + 1);
    expect(map.every((v, i) => i === 0 || v >= (map[i - 1] ?? 0))).toBe(true);
  });
});
