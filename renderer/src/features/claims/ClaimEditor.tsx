import { useState, type FormEvent } from 'react';
import type { Claim, RegisterEntity } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { CLAIM_STATUSES, type ClaimStatus } from './claimFilters';

interface Props {
  claim: Claim;
  entities: readonly RegisterEntity[];
  /** The reader's selected text, when the claim's document is open: the new content span. */
  selection: { start: number; end: number } | null;
  onDone: () => void;
}

const SPEAKER_TYPES = new Set(['PER', 'ORG']);

/** Edits one claim; saving sends only what changed, as one audited, undoable change. */
export function ClaimEditor({ claim, entities, selection, onDone }: Props) {
  const { t } = useI18n();
  const { act } = useWorkspace();
  const [status, setStatus] = useState<ClaimStatus>(claim.status);
  const [note, setNote] = useState(claim.note);
  const [when, setWhen] = useState(claim.when ?? '');
  const [direct, setDirect] = useState(claim.direct);
  const [speakerEntityId, setSpeakerEntityId] = useState<number | null>(claim.speakerEntityId);
  const [speaker, setSpeaker] = useState(claim.speaker ?? '');
  const speakers = entities.filter((e) => SPEAKER_TYPES.has(e.type));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const changes = {
      ...(status !== claim.status && { status }),
      ...(note !== claim.note && { note }),
      ...(when !== (claim.when ?? '') && { when: when.trim() || null }),
      ...(direct !== claim.direct && { direct }),
      ...(speakerEntityId !== claim.speakerEntityId && { speakerEntityId }),
      ...(speaker !== (claim.speaker ?? '') && { speaker: speaker.trim() || null }),
    };
    if (Object.keys(changes).length > 0 && (await act(() => call('app:claims.update', { claimId: claim.id, ...changes }))) === null) return;
    onDone();
  };

  const setContent = async () => {
    if (!selection) return;
    await act(() => call('app:claims.update', { claimId: claim.id, contentSpan: [selection.start, selection.end] }));
  };

  return (
    <form className="claim-editor" onSubmit={(e) => void save(e)}>
      <label className="field">
        <span>{t('claims.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus)}>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`claimStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('claims.note')}</span>
        <textarea value={note} rows={3} dir="auto" onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('claims.speakerEntity')}</span>
        <select value={speakerEntityId ?? ''} onChange={(e) => setSpeakerEntityId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('claims.noEntity')}</option>
          {speakers.map((en) => (
            <option key={en.id} value={en.id}>
              {en.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('claims.speakerText')}</span>
        <input value={speaker} dir="auto" onChange={(e) => setSpeaker(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('claims.when')}</span>
        <input value={when} dir="ltr" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?" onChange={(e) => setWhen(e.target.value)} />
      </label>
      <label className="field field--inline">
        <input type="checkbox" checked={direct} onChange={(e) => setDirect(e.target.checked)} />
        <span>{t('claims.directQuote')}</span>
      </label>
      <div className="claim-editor__actions">
        <button type="submit" className="button button--primary">
          {t('claims.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('claims.cancel')}
        </button>
        {selection && (
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void setContent()}>
            {t('claims.setContent')}
          </button>
        )}
      </div>
    </form>
  );
}
