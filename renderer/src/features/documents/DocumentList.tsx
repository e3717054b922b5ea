import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { latinKey } from '../../lib/latinKey';
import { nextIndex } from '../../lib/listNavigation';
import { displayDate } from '../reader/paragraphs';
import { DocumentFilters } from './DocumentFilters';
import { isFiltered, listQuery } from './documentListChoice';
import { indexOfId, rowAt } from './documentPages';
import { useListChoice } from './useListChoice';
import { useDocumentPages } from './useDocumentPages';
import './documents.css';

const ROW_HEIGHT = 60;

interface Props {
  caseId: number;
  version: number;
  openId: number | null;
  onOpen: (id: number) => void;
  /** The reader let go of the keyboard: the list takes focus, on the open document's row. */
  focusRequested: boolean;
  onFocusTaken: () => void;
  onError: (error: unknown) => void;
}

/** A listbox of the case's documents, sorted and filtered as chosen; only the visible rows exist in the DOM. */
export function DocumentList({ caseId, version, openId, onOpen, focusRequested, onFocusTaken, onError }: Props) {
  const { t } = useI18n();
  const { choice, change } = useListChoice(caseId, onError);
  const chosen = useMemo(() => (choice === null ? null : listQuery(choice)), [choice]);
  const query = useMemo(() => (chosen === null ? null : { sort: chosen.sort, filter: chosen.filter }), [chosen]);
  const { total, caseTotal, outlets, pages, ensureRange } = useDocumentPages(caseId, version, query, onError);
  const scroller = useRef<HTMLDivElement>(null);
  // The keyboard-active row belongs to one listing; another case, order, filter or a re-listing starts unselected.
  const listing = `${caseId}:${version}:${JSON.stringify(query)}`;
  const [activeFor, setActiveFor] = useState({ listing: '', index: -1 });
  const active = activeFor.listing === listing ? activeFor.index : -1;
  const setActive = (index: number) => setActiveFor({ listing, index });
  const count = total ?? 0;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => ensureRange(first, last), [ensureRange, first, last]);

  useEffect(() => {
    if (!focusRequested) return;
    scroller.current?.focus({ preventScroll: true });
    const index = openId === null ? -1 : indexOfId(pages, openId);
    if (index >= 0) {
      setActiveFor({ listing, index });
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
    onFocusTaken();
  }, [focusRequested, onFocusTaken, openId, pages, listing, virtualizer]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Enter') {
      const row = rowAt(pages, active);
      if (row) onOpen(row.id);
      return;
    }
    const next = nextIndex(latinKey(e), active, count);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  if (caseTotal === 0) return <p className="empty empty--large">{t('documents.empty')}</p>;

  const activeRow = active >= 0 ? rowAt(pages, active) : undefined;
  const filtered = query !== null && isFiltered(query.filter);
  return (
    <div className="doc-list">
      {choice && chosen && <DocumentFilters choice={choice} outlets={outlets} unreadable={chosen.unreadable} onChange={change} />}
      <p className="doc-list__total muted" aria-live="polite">
        {total === null ? t('app.loading') : filtered ? t('documents.shown', { shown: count, count: caseTotal ?? count }) : t('documents.total', { count })}
      </p>
      {total === 0 && <p className="empty">{t('documents.noMatch')}</p>}
      <div
        ref={scroller}
        className="doc-list__scroller"
        role="listbox"
        aria-label={t('documents.listLabel')}
        tabIndex={0}
        aria-activedescendant={activeRow ? `doc-row-${activeRow.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="virtual-canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            return (
              <div
                key={item.key}
                id={row ? `doc-row-${row.id}` : undefined}
                role="option"
                aria-selected={row !== undefined && row.id === openId}
                aria-posinset={item.index + 1}
                aria-setsize={count}
                className={item.index === active ? 'virtual-row doc-row doc-row--active' : 'virtual-row doc-row'}
                style={{ blockSize: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  if (row) onOpen(row.id);
                }}
              >
                {row ? (
                  <>
                    <span className="doc-row__title" dir="auto" lang={row.language === 'und' ? undefined : row.language}>
                      {row.title}
                    </span>
                    <span className="doc-row__meta">
                      <span className="badge">{t(`language.${row.language}`)}</span>
                      <span>{displayDate(row.publishedAt) ?? t('documents.noDate')}</span>
                      <bdi className="doc-row__file">{row.fileName}</bdi>
                    </span>
                  </>
                ) : (
                  <span className="muted">{t('documents.loadingRow')}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
