import { useI18n } from '../i18n/I18nContext';

/** Errors are shown as the server worded them; role=alert makes screen readers announce them. */
export function ErrorBanner({ messages, onDismiss }: { messages: readonly string[]; onDismiss: () => void }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      <ul>
        {messages.map((m, i) => (
          <li key={i} dir="auto">
            {t('app.errorPrefix', { message: m })}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
