import { useState, type FormEvent } from 'react';
import { LanguageSchema, type Document } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { changedMetadata, metadataForm, type MetadataForm } from './documentDetails';
import { FormFooter } from '../../components/FormFooter';
import { useDialogChange } from './useDialogChange';

type TextField = Exclude<keyof MetadataForm, 'language'>;
const FIELDS: readonly { key: TextField; label: 'details.docTitle' | 'details.published' | 'details.author' | 'details.outlet' | 'details.url'; ltr?: boolean }[] = [
  { key: 'title', label: 'details.docTitle' },
  { key: 'publishedAt', label: 'details.published', ltr: true },
  { key: 'author', label: 'details.author' },
  { key: 'outlet', label: 'details.outlet' },
  { key: 'url', label: 'details.url', ltr: true },
];

interface Props {
  doc: Document;
  onSaved: (doc: Document) => void;
  onClose: () => void;
}

/** Corrects a document's metadata; the server validates and its message is shown as it wrote it. */
export function MetadataDialog({ doc, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(() => metadataForm(doc));
  const { busy, error, setError, run } = useDialogChange();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const metadata = changedMetadata(doc, form);
    if (Object.keys(metadata).length === 0) {
      setError(t('details.unchanged'));
      return;
    }
    // Every view reloads afterwards, so DATE mentions show their re-resolved values.
    const saved = await run(() => call('app:documents.updateMetadata', { id: doc.id, metadata }));
    if (saved) onSaved(saved);
  }

  return (
    <Modal title={t('details.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        {FIELDS.map(({ key, label, ltr }) => (
          <label key={key} className="field">
            <span className="field__label">{t(label)}</span>
            <input
              dir={ltr ? 'ltr' : 'auto'}
              value={form[key]}
              placeholder={key === 'publishedAt' ? 'YYYY-MM-DD' : undefined}
              onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
            />
          </label>
        ))}
        <div className="field">
          <label htmlFor="details-language" className="field__label">
            {t('details.language')}
          </label>
          <select id="details-language" value={form.language} onChange={(e) => setForm((f) => ({ ...f, language: LanguageSchema.parse(e.target.value) }))}>
            {LanguageSchema.options.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted form__note">{t('details.datesNote')}</p>
        <FormFooter error={error} busy={busy} cancelLabel={t('details.cancel')} submitLabel={t('details.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
