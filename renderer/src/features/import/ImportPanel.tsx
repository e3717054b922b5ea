import { useEffect } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { countOutcomes, overallDone, stageProgress, stageText, type ImportState } from './importProgress';
import { OutcomeList } from './OutcomeList';
import './import.css';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onClose: () => void;
}

/** Progress of the running import, then what happened to each file. */
export function ImportPanel({ state, onCancel, onClose }: Props) {
  const { t } = useI18n();
  const running = state.phase === 'running';

  useEffect(() => {
    if (state.phase !== 'done') return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.phase, onClose]);

  if (state.phase === 'idle') return null;
  // Files, not outcomes: a CSV or a zip yields one outcome per row or entry.
  const done = overallDone(state);
  const counts = countOutcomes(state.outcomes);
  return (
    <section className="import-panel" aria-label={t('import.title')}>
      <header className="import-panel__header">
        <h2 className="import-panel__title">{t('import.title')}</h2>
        <span className="import-panel__count" aria-live="polite">
          {t('import.count', { done, total: state.total })}
        </span>
      </header>
      {running && (
        <>
          <ProgressBar label={t(state.stage === 'extracting' ? 'extract.progress' : 'import.progress')} {...stageProgress(state)} />
          <div className="import-panel__status">
            <span className="import-panel__current" aria-live="polite">
              {stageText(state, t)}
              {state.current && (
                <>
                  {' · '}
                  <bdi>{state.current}</bdi>
                </>
              )}
            </span>
            {state.stage === 'storing' && state.ratePerSecond > 0 && <span className="muted">{t('import.rate', { rate: Math.round(state.ratePerSecond) })}</span>}
            <button type="button" className="button button--danger" onClick={onCancel} disabled={state.cancelling}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {state.phase === 'done' && (
        <>
          <p className="import-panel__summary">
            {t('import.summary', { imported: counts.imported, near: counts['near-duplicate'], duplicates: counts.duplicate, failed: counts.failed, cancelled: counts.cancelled })}
          </p>
          <OutcomeList outcomes={state.outcomes} />
          <button type="button" className="button" onClick={onClose}>
            {t('import.close')}
          </button>
        </>
      )}
    </section>
  );
}
