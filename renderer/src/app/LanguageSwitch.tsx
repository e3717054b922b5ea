import { useI18n } from '../i18n/I18nContext';

/**
 * One button toggling English/Arabic; its text is the other language's name, in that language, and
 * is also its accessible name (so "click English" works by voice); the purpose is its description.
 */
export function LanguageSwitch() {
  const { locale, t, setLocale } = useI18n();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <button type="button" className="button button--quiet" lang={other} title={t('lang.label')} onClick={() => setLocale(other)}>
      {t('lang.switchTo')}
    </button>
  );
}
