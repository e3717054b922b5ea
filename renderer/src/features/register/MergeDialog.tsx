import { useState } from 'react';
import type { RegisterEntity } from '../../../../shared/domain/schemas';
import { Modal } from '../../components/Modal';
import { useI18n } from '../../i18n/I18nContext';

/** Merging two or more entities: the user picks the one whose name is kept; the others' aliases join it. */
export function MergeDialog({ entities, onMerge, onClose }: { entities: readonly RegisterEntity[]; onMerge: (intoId: number) => void; onClose: () => void }) {
  const { t } = useI18n();
  const mostMentioned = [...entities].sort((a, b) => b.mentionCount - a.mentionCount)[0];
  const [intoId, setIntoId] = useState(mostMentioned?.id ?? 0);
  return (
    <Modal title={t('register.mergeTitle', { count: entities.length })} onClose={onClose}>
      <fieldset className="merge-choice">
        <legend>{t('register.keepName')}</legend>
        {entities.map((e) => (
          <label key={e.id} className="field field--inline">
            <input type="radio" name="merge-into" checked={intoId === e.id} onChange={() => setIntoId(e.id)} />
            <bdi>{e.name}</bdi>
            <span className="muted">{t('register.mentions', { count: e.mentionCount })}</span>
          </label>
        ))}
      </fieldset>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={() => onMerge(intoId)}>
          {t('register.merge')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('claims.cancel')}
        </button>
      </div>
    </Modal>
  );
}
