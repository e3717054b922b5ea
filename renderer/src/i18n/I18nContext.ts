import { createContext, useContext } from 'react';
import type { Locale, MessageKey, Params } from '../../../shared/i18n/translate';

export interface I18n {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, params?: Params) => string;
  /** A ratio (0.87) as a percentage in the UI language. */
  percent: (ratio: number) => string;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
