import { useEffect, useState } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { DocumentMeta } from './DocumentMeta';
import { ReviewReader } from './ReviewReader';
import './reader.css';

interface Props {
  documentId: number;
  onClose: () => void;
  onError: (error: unknown) => void;
}

/** Loads a document and shows it for review; a document loaded for an earlier id is never shown. */
export function DocumentReader({ documentId, onClose, onError }: Props) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Document | null>(null);
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
  return <ReviewReader doc={doc} meta={<DocumentMeta doc={doc} />} onClose={onClose} />;
}
