import { useI18n } from '../../i18n/I18nContext';
import { typeName, typeShort } from './mentionLabels';
import { ENTITY_TYPES } from './reviewKeys';

const STATUSES = ['suggested', 'accepted', 'rejected'] as const;

/** What each highlight means: a swatch per type (colour, underline style and label) and per status. */
export function Legend({ showClaims }: { showClaims: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {ENTITY_TYPES.map((type, i) => (
        <li key={type}>
          <mark className={`mention mention--${type} mention--accepted mention--head mention--tail`} data-label={typeShort(t, type)}>
            {typeName(t, type)}
          </mark>
          <kbd>{i + 1}</kbd>
        </li>
      ))}
      {STATUSES.map((status) => (
        <li key={status}>
          <mark className={`mention mention--MISC mention--${status} mention--head mention--tail`}>{t(`status.${status}`)}</mark>
        </li>
      ))}
      {showClaims && (
        <>
          <li>
            <span className="claim-cue">{t('legend.cue')}</span>
          </li>
          <li>
            <span className="claim-content">{t('legend.content')}</span>
          </li>
        </>
      )}
    </ul>
  );
}
