import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { DateRangeFields } from '../../components/DateRangeFields';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { ClaimCard } from './ClaimCard';
import { CLAIM_STATUSES, filterClaims, NO_FILTER, readDateBound, speakersOf, type ClaimFilter } from './claimFilters';
import './claims.css';

interface Props {
  /** One document's claims (the reader's side panel) or the whole case's. */
  documentId: number | null;
  activeClaimId?: number | null;
  selection?: { start: number; end: number } | null;
  onActivate?: (claim: Claim) => void;
}

const DATE_LABELS = { from: 'claims.from', to: 'claims.to', fromPlaceholder: 'claims.from', toPlaceholder: 'claims.to' } as const;

/** A claim card's height before it is measured. */
const CARD_ESTIMATE = 120;

/** Claims with filters by speaker, status and date; each can be reviewed, edited and linked. Only the visible cards are rendered. */
export function ClaimList({ documentId, activeClaimId = null, selection = null, onActivate }: Props) {
  const { t } = useI18n();
  const { caseId, version, onError, openDocument } = useWorkspace();
  // The date fields hold what the user typed; filterClaims gets only what reads as a date.
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const bounds = { from: readDateBound(filter.from), to: readDateBound(filter.to) };
  const scroller = useRef<HTMLDivElement>(null);
  const scope = documentId === null ? `case:${caseId}` : `document:${documentId}`;
  const claims = useLoad(scope, version, () => call('app:claims.list', documentId === null ? { caseId } : { documentId }), onError);
  const entities = useLoad(`entities:${caseId}`, version, () => call('app:entities.list', { caseId }), onError) ?? [];
  const shown = useMemo(() => filterClaims(claims ?? [], { ...filter, from: bounds.from ?? '', to: bounds.to ?? '' }), [claims, filter, bounds.from, bounds.to]);
  const speakers = useMemo(() => speakersOf(claims ?? []), [claims]);
  const set = (change: Partial<ClaimFilter>) => setFilter((f) => ({ ...f, ...change }));
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => CARD_ESTIMATE, overscan: 6, gap: 8 });
  const activeIndex = activeClaimId === null ? -1 : shown.findIndex((c) => c.id === activeClaimId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  if (claims === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section className="claim-list" aria-label={documentId === null ? t('claims.caseTitle') : t('claims.documentTitle')}>
      <div className="filter-bar claim-filters" role="group" aria-label={t('claims.filters')}>
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
        <DateRangeFields from={filter.from} to={filter.to} unreadable={{ from: bounds.from === null, to: bounds.to === null }} labels={DATE_LABELS} onChange={set} />
      </div>
      <p className="muted claim-list__count" aria-live="polite">
        {t('claims.count', { shown: shown.length, total: claims.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('claims.none')}</p>
      ) : (
        <div ref={scroller} className="claim-list__scroller">
          <ul className="claim-list__items" style={{ blockSize: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const c = shown[item.index];
              if (!c) return null;
              return (
                <ClaimCard
                  key={c.id}
                  claim={c}
                  entities={entities}
                  active={c.id === activeClaimId}
                  showDocument={documentId === null}
                  selection={selection}
                  onActivate={onActivate ?? ((claim) => openDocument(claim.documentId))}
                  slot={{ ref: virtualizer.measureElement, index: item.index, style: { transform: `translateY(${item.start}px)` } }}
                />
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
