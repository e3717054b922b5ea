import type { Document } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { displayDate, isWebUrl } from './paragraphs';

/** The document's metadata as a compact definition list; unknown values show a dash. */
export function DocumentMeta({ doc }: { doc: Document }) {
  const { t } = useI18n();
  const unknown = t('reader.unknown');
  return (
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
