import { useState, type FormEvent } from 'react';
import type { Case } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';
import { useErrorText } from '../../i18n/useErrorText';
import { call } from '../../lib/api';
import { FormFooter } from '../../components/FormFooter';

export function NewCaseDialog({ onCreated, onClose }: { onCreated: (c: Case) => void; onClose: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await call('app:cases.create', { name, description }));
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <Modal title={t('cases.create.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('cases.create.name')}</span>
          <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          <span className="field__label">{t('cases.create.description')}</span>
          <textarea dir="auto" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <FormFooter error={error} busy={busy} cancelLabel={t('cases.create.cancel')} submitLabel={t('cases.create.submit')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
