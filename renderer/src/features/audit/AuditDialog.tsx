import type { AuditEntry } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { isolate } from '../review/mentionLabels';
import { auditTime, summariseChange } from './auditSummary';
import './audit.css';

type Subject = { documentId: number } | { entityId: number };

interface Props {
  subject: Subject;
  title: string;
  /** The document's text, so changed spans read as words rather than offsets. */
  documentText?: string;
  onClose: () => void;
}

/** Who changed what and when, for one document or one entity: newest first, changes as before → after. */
export function AuditDialog({ subject, title, documentText, onClose }: Props) {
  const { t } = useI18n();
  const { version, onError } = useWorkspace();
  const scope = 'documentId' in subject ? `document:${subject.documentId}` : `entity:${subject.entityId}`;
  const entries = useLoad(scope, version, () => call('app:audit.list', subject), onError);
  const newestFirst = [...(entries ?? [])].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Modal title={t('audit.title', { name: isolate(title) })} onClose={onClose} wide>
      {entries === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : newestFirst.length === 0 ? (
        <p className="empty">{t('audit.none')}</p>
      ) : (
        <ol className="audit-list">
          {newestFirst.map((e) => (
            <AuditRow key={e.uid} entry={e} documentText={documentText} />
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('import.close')}
      </button>
    </Modal>
  );
}

function AuditRow({ entry, documentText }: { entry: AuditEntry; documentText: string | undefined }) {
  const { t } = useI18n();
  const summary = summariseChange(entry.before, entry.after, documentText);
  return (
    <li className="audit-entry">
      <div className="audit-entry__head">
        <bdi dir="ltr" className="audit-entry__time">
          {auditTime(entry.at)}
        </bdi>
        <bdi className="audit-entry__actor">{entry.actor}</bdi>
        <code>{entry.action}</code>
        {summary.subject && <bdi className="audit-entry__subject">“{summary.subject}”</bdi>}
        <span className="muted">
          {t(`audit.${summary.kind}`)} · {entry.objectType}
        </span>
      </div>
      {summary.fields.length > 0 && (
        <dl className="audit-entry__fields">
          {summary.fields.map((f) => (
            <div key={f.field}>
              <dt>{f.field}</dt>
              <dd>
                {f.before !== null && <del dir="auto">{f.before}</del>}
                {f.before !== null && f.after !== null && <span aria-hidden="true"> → </span>}
                {f.after !== null && <ins dir="auto">{f.after}</ins>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
