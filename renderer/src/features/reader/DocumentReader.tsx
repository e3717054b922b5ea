import { useCallback, useEffect, useRef, useState } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { DocumentDetails } from './DocumentDetails';
import { ReviewReader, type FocusHandoff } from './ReviewReader';
import './reader.css';

interface Props {
  documentId: number;
  /** Bumped when documents may have changed elsewhere (undo, redo): the document is loaded again. */
  version: number;
  focus: FocusHandoff;
  onClose: () => void;
  /** The document's title, date or text changed: lists showing it reload. */
  onDocumentChanged: () => void;
  onError: (error: unknown) => void;
}

/** Loads a document and shows it for review; a document loaded for an earlier id is never shown. */
export function DocumentReader({ documentId, version, focus, onClose, onDocumentChanged, onError }: Props) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Document | null>(null);
  // Bumped when the text changes (decoded again, or that undone): the review view starts afresh, so no old offset meets the new text.
  const [textRevision, setTextRevision] = useState(0);
  const shown = useRef<Document | null>(null);
  const doc = loaded?.id === documentId ? loaded : null;

  const show = useCallback((d: Document) => {
    if (shown.current?.id === d.id && shown.current.text !== d.text) setTextRevision((n) => n + 1);
    shown.current = d;
    setLoaded(d);
  }, []);

  useEffect(() => {
    let live = true;
    call('app:documents.get', { id: documentId }).then(
      (d) => live && show(d),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [documentId, version, onError, show]);

  if (!doc) {
    return (
      <div className="reader__loading muted">
        <p>{t('app.loading')}</p>
        <ProgressBar label={t('app.loading')} value={0} max={null} />
      </div>
    );
  }
  const onChanged = (changed: Document) => {
    show(changed);
    onDocumentChanged();
  };
  return <ReviewReader key={textRevision} doc={doc} meta={<DocumentDetails doc={doc} onChanged={onChanged} />} focus={focus} onClose={onClose} />;
}
