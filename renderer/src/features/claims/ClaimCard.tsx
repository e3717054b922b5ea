import { type CSSProperties, useState } from 'react';
import type { Claim, RegisterEntity } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { scriptLang } from '../../lib/scriptLang';
import { isolate } from '../review/mentionLabels';
import { ClaimEditor } from './ClaimEditor';
import { ClaimLinks } from './ClaimLinks';

interface Props {
  claim: Claim;
  entities: readonly RegisterEntity[];
  active: boolean;
  showDocument: boolean;
  selection: { start: number; end: number } | null;
  onActivate: (claim: Claim) => void;
  /** Placement in a virtual list: the measured element, its index and position. */
  slot?: { ref: (el: HTMLLIElement | null) => void; index: number; style: CSSProperties };
}

/** One claim: who said what, how and when, its review status and note; opens an editor and its evidence links. */
export function ClaimCard({ claim, entities, active, showDocument, selection, onActivate, slot }: Props) {
  const { t } = useI18n();
  const { openDocument } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const entity = entities.find((e) => e.id === claim.speakerEntityId);
  const speaker = entity?.name ?? claim.speaker ?? t('claims.unknownSpeaker');

  return (
    <li
      ref={slot?.ref}
      data-index={slot?.index}
      style={slot?.style}
      className={`claim claim--${claim.status}${active ? ' claim--selected' : ''}${slot ? ' claim--slot' : ''}`}
      aria-current={active || undefined}
    >
      {/* Speaker, cue and content read in the claim's own direction, whatever the interface language. */}
      <button type="button" className="claim__summary" dir={scriptLang(claim.cueText + claim.content) === 'ar' ? 'rtl' : 'ltr'} onClick={() => onActivate(claim)}>
        <span className="claim__speaker" dir="auto" lang={scriptLang(speaker)}>
          {speaker}
        </span>
        <span className="claim__cue" dir="auto" lang={scriptLang(claim.cueText)}>
          {claim.cueText}
        </span>
        <q className="claim__content" dir="auto" lang={scriptLang(claim.content)}>
          {claim.content}
        </q>
      </button>
      <div className="claim__meta">
        <span className={`badge badge--${claim.status}`}>{t(`claimStatus.${claim.status}`)}</span>
        <span>{claim.direct ? t('claims.direct') : t('claims.indirect')}</span>
        {claim.when && <bdi dir="ltr">{claim.when}</bdi>}
        {claim.medium && <bdi>{claim.medium}</bdi>}
        {claim.reportedVia && <span>{t('claims.via', { outlet: isolate(claim.reportedVia) })}</span>}
        {claim.links.length > 0 && <span>{t('claims.linkCount', { count: claim.links.length })}</span>}
        {showDocument && (
          <button type="button" className="link-button" onClick={() => openDocument(claim.documentId)}>
            <bdi>{claim.documentTitle}</bdi>
          </button>
        )}
      </div>
      {claim.note && !editing && (
        <p className="claim__note" dir="auto">
          {claim.note}
        </p>
      )}
      {editing ? (
        <>
          <ClaimEditor claim={claim} entities={entities} selection={selection} onDone={() => setEditing(false)} />
          <ClaimLinks claim={claim} />
        </>
      ) : (
        <button type="button" className="button button--quiet claim__edit" onClick={() => setEditing(true)}>
          {t('claims.edit')}
        </button>
      )}
    </li>
  );
}
