import { useState, type FormEvent } from 'react';
import type { ImportPreview } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';
import type { ColumnMapping } from './droppedFiles';
import { MAPPED_FIELDS, sampleValues } from './tabularFiles';

interface Props {
  name: string;
  preview: ImportPreview;
  onImport: (mapping: ColumnMapping) => void;
  onSkip: () => void;
}

/** The detected column for each field of a table file, adjustable, with the first rows' values beside it. */
export function ColumnMappingDialog({ name, preview, onImport, onSkip }: Props) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onImport(mapping);
  };

  return (
    <Modal title={t('mapping.title', { name })} onClose={onSkip} wide>
      <form className="form" onSubmit={submit}>
        <p className="muted form__note">{t('mapping.rows', { count: preview.rows })}</p>
        <div className="mapping">
          {MAPPED_FIELDS.map((field) => {
            const id = `mapping-${field}`;
            const samples = sampleValues(preview, mapping[field] ?? undefined);
            return (
              <div key={field} className="mapping__row">
                <label htmlFor={id} className="mapping__field">
                  {t(`mapping.field.${field}`)}
                </label>
                <select
                  id={id}
                  value={mapping[field] ?? ''}
                  // "None" is sent as null: a field merely left out keeps the column the back end detected.
                  onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value === '' ? null : e.target.value }))}
                >
                  <option value="">{t('mapping.none')}</option>
                  {preview.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
                <ul className="mapping__samples" aria-label={`${t('mapping.sample')}: ${t(`mapping.field.${field}`)}`}>
                  {samples.map((value, i) => (
                    <li key={i} dir="auto">
                      {value || t('reader.unknown')}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onSkip}>
            {t('mapping.skip')}
          </button>
          <button type="submit" className="button button--primary">
            {t('mapping.import')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
