import { useState, type FormEvent } from 'react';
import type { Case } from '../../../../shared/domain/schemas';
import type { ExportRequest } from '../../../../shared/ipc/contract';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { useExport, type ExportState } from './useExport';
import './export.css';

function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'running':
      return (
        <div className="export__progress">
          <ProgressBar label={t('export.progressLabel')} value={state.done} max={state.total || null} />
          {state.total > 0 && (
            <p className="muted" aria-live="polite">
              {t('export.progress', { done: state.done, total: state.total })}
            </p>
          )}
        </div>
      );
    case 'saved':
      return (
        <div className="export__result" role="status">
          <p>{t(state.downloaded ? 'export.downloaded' : 'export.saved')}</p>
          <ul className="export__files">
            {state.names.map((n) => (
              <li key={n}>
                {/* bdi: a name or path takes the direction of its own first letter, whatever the UI's. */}
                <bdi>{n}</bdi>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'cancelled':
      return <p className="muted">{t('export.cancelled')}</p>;
    default:
      return null;
  }
}

/** Export a case as JSON or CSV tables, optionally only what reviewers accepted. */
export function ExportDialog({ kase, onClose }: { kase: Case; onClose: () => void }) {
  const { t } = useI18n();
  const [format, setFormat] = useState<ExportRequest['format']>('json');
  const [acceptedOnly, setAcceptedOnly] = useState(false);
  const { state, run } = useExport();
  const busy = state.phase === 'running';

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!busy) void run({ caseId: kase.id, format, acceptedOnly });
  }

  return (
    <Modal title={t('export.title', { name: kase.name })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <fieldset className="export__formats" disabled={busy}>
          <legend className="field__label">{t('export.format')}</legend>
          {(['json', 'csv'] as const).map((f) => (
            <label key={f} className="export__choice">
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>{t(f === 'json' ? 'export.json' : 'export.csv')}</span>
            </label>
          ))}
        </fieldset>
        <label className="export__choice">
          <input type="checkbox" checked={acceptedOnly} disabled={busy} onChange={(e) => setAcceptedOnly(e.target.checked)} />
          <span>{t('export.acceptedOnly')}</span>
        </label>
        <ExportStatus state={state} />
        <FormFooter
          error={state.phase === 'failed' ? t('export.failed', { message: state.message }) : null}
          busy={busy}
          cancelLabel={t('export.close')}
          submitLabel={t('export.submit')}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
