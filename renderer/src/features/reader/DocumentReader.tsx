import { useEffect, useState } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { DocumentDetails } from './DocumentDetails';
import { ReviewReader } from './ReviewReader';
import './reader.css';

interface Props {
  documentId: number;
  onClose: () => void;
  /** The document's title, date or text changed: lists showing it reload. */
  onDocumentChanged: () => void;
  onError: (error: unknown) => void;
}

/** Loads a document and shows it for review; a document loaded for an earlier id is never shown. */
export function DocumentReader({ documentId, onClose, onDocumentChanged, onError }: Props) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Document | null>(null);
  // Bumped when the text is decoded again: the review view starts afresh, so no old offset meets the new text.
  const [textRevision, setTextRevision] = useState(0);
  const doc = loaded?.id === documentId ? loaded : null;

  useEffect(() => {
    let live = true;
    call('app:documents.get', { id: documentId }).then(
      (d) => live && setLoaded(d),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [documentId, onError]);

  if (!doc) {
    return (
      <div className="reader__loading muted">
        <p>{t('app.loading')}</p>
        <ProgressBar label={t('app.loading')} value={0} max={null} />
      </div>
    );
  }
  const onChanged = (changed: Document, textChanged: boolean) => {
    setLoaded(changed);
    if (textChanged) setTextRevision((n) => n + 1);
    onDocumentChanged();
  };
  return <ReviewReader key={textRevision} doc={doc} meta={<DocumentDetails doc={doc} onChanged={onChanged} />} onClose={onClose} />;
}
