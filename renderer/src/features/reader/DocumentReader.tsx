import { useEffect, useState } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { displayDate, isWebUrl, splitParagraphs } from './paragraphs';

interface Props {
  documentId: number;
  onClose: () => void;
  onError: (error: unknown) => void;
}

/** The document text, one paragraph per line, each finding its own direction (dir=auto). */
export function DocumentReader({ documentId, onClose, onError }: Props) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Document | null>(null);
  // A document loaded for an earlier id is not shown while the new one loads.
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

  const lang = doc.language === 'und' ? undefined : doc.language;
  const unknown = t('reader.unknown');
  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader__header">
        <h2 id="reader-title" className="reader__title" dir="auto" lang={lang}>
          {doc.title}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('reader.close')}>
          ×
        </button>
      </header>
      <dl className="reader__meta">
        <MetaRow label={t('reader.published')} value={displayDate(doc.publishedAt) ?? unknown} />
        <MetaRow label={t('reader.author')} value={doc.author ?? unknown} />
        <MetaRow label={t('reader.outlet')} value={doc.outlet ?? unknown} />
        <div className="reader__meta-row">
          <dt>{t('reader.url')}</dt>
          <dd>
            {doc.url && isWebUrl(doc.url) ? (
              <a href={doc.url} target="_blank" rel="noopener noreferrer" dir="ltr">
                {doc.url}
              </a>
            ) : (
              <bdi>{doc.url ?? unknown}</bdi>
            )}
          </dd>
        </div>
        <MetaRow label={t('reader.language')} value={t(`language.${doc.language}`)} />
        <MetaRow label={t('reader.file')} value={doc.file.name} />
        <MetaRow label={t('reader.imported')} value={displayDate(doc.importedAt) ?? unknown} />
      </dl>
      <div className="reader__body" lang={lang}>
        {splitParagraphs(doc.text).map((paragraph, i) => (
          <p key={i} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}

function MetaRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="reader__meta-row">
      <dt>{label}</dt>
      <dd>
        <bdi>{value}</bdi>
      </dd>
    </div>
  );
}
