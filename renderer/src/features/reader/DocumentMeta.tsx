import type { ReactNode } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { formatSimilarity } from './documentDetails';
import { displayDate, isWebUrl } from './paragraphs';

/** The document's metadata as a compact definition list; unknown values show a dash. */
export function DocumentMeta({ doc }: { doc: Document }) {
  const { t, percent } = useI18n();
  const { openDocument } = useWorkspace();
  const unknown = t('reader.unknown');
  const { encoding, encodingConfidence } = doc.file;
  const near = doc.nearDuplicateOf;
  const parent = doc.parentDocumentId;
  return (
    <dl className="reader__meta">
      <MetaRow label={t('reader.published')} value={displayDate(doc.publishedAt) ?? unknown} />
      <MetaRow label={t('reader.author')} value={doc.author ?? unknown} />
      <MetaRow label={t('reader.outlet')} value={doc.outlet ?? unknown} />
      <MetaItem label={t('reader.url')}>
        {doc.url && isWebUrl(doc.url) ? (
          <a href={doc.url} target="_blank" rel="noopener noreferrer" dir="ltr">
            {doc.url}
          </a>
        ) : (
          <bdi>{doc.url ?? unknown}</bdi>
        )}
      </MetaItem>
      <MetaRow label={t('reader.language')} value={t(`language.${doc.language}`)} />
      <MetaRow label={t('reader.file')} value={doc.file.name} />
      {doc.sourcePart && <MetaRow label={t('reader.part')} value={doc.sourcePart} />}
      {encoding && (
        <MetaItem label={t('reader.encoding')}>
          {/* The encoding's name stays left-to-right; the note around it follows the UI language. */}
          <bdi dir="ltr">{encoding}</bdi>
          {encodingConfidence != null && ` ${t('reader.encodingConfidence', { percent: percent(encodingConfidence) })}`}
        </MetaItem>
      )}
      <MetaRow label={t('reader.imported')} value={displayDate(doc.importedAt) ?? unknown} />
      {near && (
        <MetaItem label={t('reader.nearDuplicate')}>
          <button type="button" className="link-button" onClick={() => openDocument(near.id)}>
            {t('reader.nearDuplicateOf', { id: near.id, similarity: formatSimilarity(near.similarity) })}
          </button>
        </MetaItem>
      )}
      {parent != null && (
        <MetaItem label={t('reader.attachedTo')}>
          <button type="button" className="link-button" onClick={() => openDocument(parent)}>
            {t('reader.message', { id: parent })}
          </button>
        </MetaItem>
      )}
    </dl>
  );
}

function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reader__meta-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const MetaRow = ({ label, value }: { label: string; value: string }) => (
  <MetaItem label={label}>
    <bdi>{value}</bdi>
  </MetaItem>
);
