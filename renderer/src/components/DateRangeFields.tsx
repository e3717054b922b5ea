import type { MessageKey } from '../../../shared/i18n/translate';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  /** What the user typed in each field. */
  from: string;
  to: string;
  /** Which of them cannot be read as a date (see readDateBound). */
  unreadable: { from: boolean; to: boolean };
  labels: { from: MessageKey; to: MessageKey; fromPlaceholder: MessageKey; toPlaceholder: MessageKey };
  onChange: (change: { from?: string; to?: string }) => void;
}

/** A typed date range for a filter bar, flagging what it cannot read instead of matching nothing. */
export function DateRangeFields({ from, to, unreadable, labels, onChange }: Props) {
  const { t } = useI18n();
  return (
    <>
      <input aria-label={t(labels.from)} placeholder={t(labels.fromPlaceholder)} dir="auto" value={from} aria-invalid={unreadable.from} onChange={(e) => onChange({ from: e.target.value })} />
      <input aria-label={t(labels.to)} placeholder={t(labels.toPlaceholder)} dir="auto" value={to} aria-invalid={unreadable.to} onChange={(e) => onChange({ to: e.target.value })} />
      {(unreadable.from || unreadable.to) && (
        <p className="filter-bar__hint" role="alert">
          {t('claims.dateUnreadable')}
        </p>
      )}
    </>
  );
}
