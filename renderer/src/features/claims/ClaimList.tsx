import { useMemo, useState } from 'react';
import type { Claim } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { ClaimCard } from './ClaimCard';
import { CLAIM_STATUSES, filterClaims, NO_FILTER, speakersOf, type ClaimFilter } from './claimFilters';
import './claims.css';

interface Props {
  /** One document's claims (the reader's side panel) or the whole case's. */
  documentId: number | null;
  activeClaimId?: number | null;
  selection?: { start: number; end: number } | null;
  onActivate?: (claim: Claim) => void;
}

/** Claims with filters by speaker, status and date; each can be reviewed, edited and linked. */
export function ClaimList({ documentId, activeClaimId = null, selection = null, onActivate }: Props) {
  const { t } = useI18n();
  const { caseId, version, onError, openDocument } = useWorkspace();
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const scope = documentId === null ? `case:${caseId}` : `document:${documentId}`;
  const claims = useLoad(scope, version, () => call('app:claims.list', documentId === null ? { caseId } : { documentId }), onError);
  const entities = useLoad(`entities:${caseId}`, version, () => call('app:entities.list', { caseId }), onError) ?? [];
  const shown = useMemo(() => filterClaims(claims ?? [], filter), [claims, filter]);
  const speakers = useMemo(() => speakersOf(claims ?? []), [claims]);
  const set = (change: Partial<ClaimFilter>) => setFilter((f) => ({ ...f, ...change }));

  if (claims === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section className="claim-list" aria-label={documentId === null ? t('claims.caseTitle') : t('claims.documentTitle')}>
      <div className="claim-filters" role="group" aria-label={t('claims.filters')}>
        <select aria-label={t('claims.filterSpeaker')} value={filter.speaker} onChange={(e) => set({ speaker: e.target.value })}>
          <option value="">{t('claims.allSpeakers')}</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label={t('claims.filterStatus')} value={filter.status} onChange={(e) => set({ status: e.target.value as ClaimFilter['status'] })}>
          <option value="all">{t('claims.allStatuses')}</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`claimStatus.${s}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('claims.from')} placeholder={t('claims.from')} dir="ltr" value={filter.from} onChange={(e) => set({ from: e.target.value.trim() })} />
        <input aria-label={t('claims.to')} placeholder={t('claims.to')} dir="ltr" value={filter.to} onChange={(e) => set({ to: e.target.value.trim() })} />
      </div>
      <p className="muted claim-list__count" aria-live="polite">
        {t('claims.count', { shown: shown.length, total: claims.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('claims.none')}</p>
      ) : (
        <ul className="claim-list__items">
          {shown.map((c) => (
            <ClaimCard
              key={c.id}
              claim={c}
              entities={entities}
              active={c.id === activeClaimId}
              showDocument={documentId === null}
              selection={selection}
              onActivate={onActivate ?? ((claim) => openDocument(claim.documentId))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
