import { describe, expect, it } from 'vitest';
import { dictionaries, directionOf, fill, formatPercent, isLocale, placeholdersOf, translate } from './translate';

describe('i18n dictionaries', () => {
  it('have the same keys and placeholders in every language', () => {
    const enKeys = Object.keys(dictionaries.en).sort();
    expect(Object.keys(dictionaries.ar).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const k = key as keyof typeof dictionaries.en;
      expect(placeholdersOf(dictionaries.ar[k]), key).toEqual(placeholdersOf(dictionaries.en[k]));
      expect(dictionaries.ar[k].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and formats numbers with western digits', () => {
    expect(translate('en', 'import.count', { done: 1200, total: 5000 })).toBe('1,200 of 5,000');
    expect(translate('ar', 'import.count', { done: 3, total: 7 })).toBe('3 من 7');
    expect(fill('{a} and {b}', 'en', { a: 'x' })).toBe('x and {b}');
  });

  it('writes percentages one way per language: from the locale, never from a template', () => {
    for (const [locale, dictionary] of Object.entries(dictionaries)) {
      for (const [key, template] of Object.entries(dictionary)) expect(template, `${locale} ${key}`).not.toMatch(/[%٪]/);
    }
    expect(formatPercent('en', 0.874)).toBe('87%');
    // Western digits in Arabic, so the Latin sign goes with them (bidi marks keep it beside the number).
    expect(formatPercent('ar', 0.874).replace(/\u200e/g, '')).toBe('87%');
  });

  it('knows locales and their direction', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
