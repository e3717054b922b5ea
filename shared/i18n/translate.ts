import { ar } from './ar';
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey, Messages } from './en';

export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export type Params = Readonly<Record<string, string | number>>;

export const dictionaries: Readonly<Record<Locale, Messages>> = { en, ar };

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

// Western digits in both languages: dates, ids and counts then read the same as in the documents.
const numberLocales: Record<Locale, string> = { en: 'en', ar: 'ar-u-nu-latn' };
const formatsFor = (options: Intl.NumberFormatOptions): Record<Locale, Intl.NumberFormat> => ({
  en: new Intl.NumberFormat(numberLocales.en, options),
  ar: new Intl.NumberFormat(numberLocales.ar, options),
});
const numberFormats = formatsFor({ maximumFractionDigits: 1 });
const percentFormats = formatsFor({ style: 'percent', maximumFractionDigits: 0 });

export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

/** A ratio (0.87) as a percentage; the sign comes from the locale's rules, so templates never carry one. */
export function formatPercent(locale: Locale, ratio: number): string {
  return percentFormats[locale].format(ratio);
}

/** Fills {name} placeholders; numbers are formatted for the locale, unknown placeholders stay. */
export function fill(template: string, locale: Locale, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return fill(dictionaries[locale][key], locale, params);
}

/** The placeholder names a template uses, sorted (lets tests compare dictionaries). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
