import { useEffect, useState } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call, onEvent } from '../../lib/api';
import { newOperationId } from '../import/importBatches';

interface Running {
  operationId: string;
  done: number;
  total: number | null;
}

/** Runs extraction again over the whole case (so confirmed names are proposed everywhere), with progress and cancel. */
export function ReExtractButton() {
  const { t } = useI18n();
  const { caseId, act, notify, onError } = useWorkspace();
  const [running, setRunning] = useState<Running | null>(null);

  useEffect(
    () =>
      onEvent('app:progress', (p) =>
        setRunning((r) => (r && p.operationId === r.operationId && p.kind === 'extract' ? { ...r, done: p.done, total: p.total } : r)),
      ),
    [],
  );

  const start = async () => {
    const operationId = newOperationId('extract');
    setRunning({ operationId, done: 0, total: null });
    const summary = await act(() => call('app:extraction.run', { caseId, operationId }));
    setRunning(null);
    if (summary) notify(t('extract.done', { documents: summary.documents, entities: summary.entities, claims: summary.claims, failed: summary.failed.length }));
  };

  if (!running) {
    return (
      <button type="button" className="button" onClick={() => void start()}>
        {t('extract.run')}
      </button>
    );
  }
  return (
    <div className="extract-progress" role="group" aria-label={t('extract.progress')}>
      <ProgressBar label={t('extract.progress')} value={running.done} max={running.total} />
      <span className="muted" aria-live="polite">
        {running.total === null ? t('extract.starting') : t('import.count', { done: running.done, total: running.total })}
      </span>
      <button type="button" className="button button--danger" onClick={() => void call('app:operations.cancel', { operationId: running.operationId }).catch(onError)}>
        {t('extract.cancel')}
      </button>
    </div>
  );
}
