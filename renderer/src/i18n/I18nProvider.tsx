import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { directionOf, formatPercent, translate, type Locale, type MessageKey, type Params } from '../../../shared/i18n/translate';
import { I18nContext, type I18n } from './I18nContext';
import { applyLocale, initialLocale, storeLocale } from './locale';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      dir: directionOf(locale),
      t: (key: MessageKey, params?: Params) => translate(locale, key, params),
      percent: (ratio: number) => formatPercent(locale, ratio),
      setLocale,
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
