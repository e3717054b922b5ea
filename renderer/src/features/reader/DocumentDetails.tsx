import { useState } from 'react';
import type { Document } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { canRedecode } from './documentDetails';
import { DocumentMeta } from './DocumentMeta';
import { MetadataDialog } from './MetadataDialog';
import { RedecodeDialog } from './RedecodeDialog';

interface Props {
  doc: Document;
  /** The document after a change (its details, or its text when decoded again). */
  onChanged: (doc: Document) => void;
}

/** The metadata list with its two corrections: edit the details, decode the text again. */
export function DocumentDetails({ doc, onChanged }: Props) {
  const { t } = useI18n();
  const { notify } = useWorkspace();
  const [dialog, setDialog] = useState<'details' | 'decode' | null>(null);
  return (
    <div className="reader__details">
      <DocumentMeta doc={doc} />
      <div className="reader__details-actions">
        <button type="button" className="button" onClick={() => setDialog('details')}>
          {t('details.edit')}
        </button>
        {canRedecode(doc) && (
          <button type="button" className="button" onClick={() => setDialog('decode')}>
            {t('decode.open')}
          </button>
        )}
      </div>
      {dialog === 'details' && (
        <MetadataDialog
          doc={doc}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            notify(t('details.saved', { title: saved.title }));
            onChanged(saved);
          }}
        />
      )}
      {dialog === 'decode' && (
        <RedecodeDialog
          doc={doc}
          onClose={() => setDialog(null)}
          onDecoded={(decoded, encoding) => {
            setDialog(null);
            notify(t('decode.done', { encoding }));
            onChanged(decoded);
          }}
        />
      )}
    </div>
  );
}
