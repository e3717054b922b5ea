import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { RegisterEntity } from '../../../../shared/domain/schemas';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useI18n } from '../../i18n/I18nContext';
import { call } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';
import { AuditDialog } from '../audit/AuditDialog';
import { EntityRow } from './EntityRow';
import { MergeDialog } from './MergeDialog';
import { MergeSuggestions } from './MergeSuggestions';
import './register.css';

const ROW_ESTIMATE = 64;

/** The case's canonical entities (virtualised), with merge, split, rename, retype and suggested merges. */
export function EntityRegister() {
  const { t } = useI18n();
  const { caseId, version, act, onError } = useWorkspace();
  const entities = useLoad(`entities:${caseId}`, version, () => call('app:entities.list', { caseId }), onError);
  const documents = useLoad(`documents:${caseId}`, version, () => call('app:documents.list', { caseId, limit: 1000 }), onError);
  const [query, setQuery] = useState('');
  // Entities left without mentions (e.g. after a boundary fix renamed a mention) are hidden unless asked for.
  const [showUnused, setShowUnused] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [merging, setMerging] = useState(false);
  const [history, setHistory] = useState<RegisterEntity | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = (entities ?? []).filter((e) => showUnused || e.mentionCount > 0);
    return q ? list.filter((e) => e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.alias.toLowerCase().includes(q))) : list;
  }, [entities, query, showUnused]);
  const chosen = (entities ?? []).filter((e) => selected.has(e.id));
  const titles = useMemo(() => new Map((documents?.items ?? []).map((d) => [d.id, d.title])), [documents]);

  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE, overscan: 8 });

  const merge = async (intoId: number) => {
    setMerging(false);
    if (await act(() => call('app:entities.merge', { entityIds: chosen.map((e) => e.id), intoId }))) setSelected(new Set());
  };

  if (entities === null) return <p className="empty">{t('app.loading')}</p>;
  return (
    <section className="register" aria-label={t('register.title')}>
      <MergeSuggestions entities={entities} />
      <div className="register__toolbar">
        <input type="search" aria-label={t('register.filter')} placeholder={t('register.filter')} value={query} dir="auto" onChange={(e) => setQuery(e.target.value)} />
        <span className="muted">{t('register.count', { count: shown.length })}</span>
        <label className="field field--inline">
          <input type="checkbox" checked={showUnused} onChange={(e) => setShowUnused(e.target.checked)} />
          <span>{t('register.showUnused')}</span>
        </label>
        <button type="button" className="button button--primary" disabled={chosen.length < 2} onClick={() => setMerging(true)}>
          {t('register.mergeSelected', { count: chosen.length })}
        </button>
      </div>
      {entities.length === 0 ? (
        <p className="empty">{t('register.empty')}</p>
      ) : (
        <div className="register__table" role="table" aria-label={t('register.title')} aria-rowcount={shown.length}>
          <div className="entity-row entity-row--header" role="row">
            <span role="columnheader" />
            <span role="columnheader">{t('register.name')}</span>
            <span role="columnheader">{t('review.type')}</span>
            <span role="columnheader">{t('register.aliases')}</span>
            <span role="columnheader">{t('register.mentionCount')}</span>
            <span role="columnheader">{t('register.documents')}</span>
          </div>
          <div ref={scroller} className="register__scroller" role="rowgroup">
            <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const entity = shown[item.index];
                if (!entity) return null;
                return (
                  <div key={entity.id} ref={virtualizer.measureElement} data-index={item.index} className="register__item" style={{ transform: `translateY(${item.start}px)` }}>
                    <EntityRow
                      entity={entity}
                      selected={selected.has(entity.id)}
                      documentTitle={(id) => titles.get(id) ?? `#${id}`}
                      onSelect={(on) => setSelected((s) => new Set(on ? [...s, entity.id] : [...s].filter((id) => id !== entity.id)))}
                      onHistory={() => setHistory(entity)}
                    />
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
      {merging && <MergeDialog entities={chosen} onMerge={(into) => void merge(into)} onClose={() => setMerging(false)} />}
      {history && <AuditDialog subject={{ entityId: history.id }} title={history.name} onClose={() => setHistory(null)} />}
    </section>
  );
}
