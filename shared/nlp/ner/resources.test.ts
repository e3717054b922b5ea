import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeForSearch } from '../normalize';
import { lexKey, matchKey } from './resources';

describe('lexKey and matchKey', () => {
  it('agree with the shared normalisers on folded and unfolded words', () => {
    for (const w of ['أحمد', 'مدرسة', 'مستشفى', 'إسطنبول', 'آل', 'بغداد', 'وقال', 'مُحَمَّد', 'ﻻ', '٢٠٢٤']) {
      expect(lexKey('ar', w)).toBe(normalizeArabic(w));
      expect(matchKey(w)).toBe(normalizeForSearch(w));
    }
    for (const w of ['Paris', 'U.S.', 'Ångström', 'ﬁle']) expect(matchKey(w)).toBe(normalizeForSearch(w));
  });

  it('keeps English case in lexKey', () => {
    expect(lexKey('en', 'Paris')).toBe('Paris');
  });
});
