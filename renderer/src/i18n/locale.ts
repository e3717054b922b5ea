import { directionOf, isLocale, type Locale } from '../../../shared/i18n/translate';

const STORAGE_KEY = 'casefile.locale';

/** The stored choice, else the system language when it is Arabic, else English. */
export function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Mirrors the whole page: <html lang dir> drive the logical CSS properties. */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export function storeLocale(locale: Locale): void {
  window.localStorage.setItem(STORAGE_KEY, locale);
}
