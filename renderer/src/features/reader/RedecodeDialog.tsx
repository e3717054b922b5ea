import { useState, type FormEvent } from 'react';
import { TextEncodingSchema, type Document } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { FormFooter } from '../../components/FormFooter';
import { useDialogChange } from './useDialogChange';

type Encoding = (typeof TextEncodingSchema.options)[number];
const asEncoding = (value: string | null): Encoding => TextEncodingSchema.safeParse(value).data ?? 'utf-8';

interface Props {
  doc: Document;
  onDecoded: (doc: Document, encoding: Encoding) => void;
  onClose: () => void;
}

/** Decodes a text or HTML file again with another encoding, then proposes names and claims in the new text. */
export function RedecodeDialog({ doc, onDecoded, onClose }: Props) {
  const { t } = useI18n();
  const [encoding, setEncoding] = useState<Encoding>(() => asEncoding(doc.file.encoding));
  const { busy, error, run } = useDialogChange();

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The back end decodes again and proposes names and claims in the new text; its refusal after review shows here.
    const decoded = await run(() => call('app:documents.redecode', { id: doc.id, encoding }));
    if (decoded) onDecoded(decoded, encoding);
  }

  return (
    <Modal title={t('decode.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p className="muted form__note">{t('decode.explain')}</p>
        {doc.file.encoding && <p className="form__note">{t('decode.current', { encoding: doc.file.encoding })}</p>}
        <div className="field">
          <label htmlFor="decode-encoding" className="field__label">
            {t('decode.encoding')}
          </label>
          <select id="decode-encoding" value={encoding} onChange={(e) => setEncoding(asEncoding(e.target.value))}>
            {TextEncodingSchema.options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <FormFooter error={error} busy={busy} cancelLabel={t('decode.cancel')} submitLabel={t('decode.submit')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
