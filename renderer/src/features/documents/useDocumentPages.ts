import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/schemas';
import type { DocumentFilter, DocumentSort } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { PAGE_SIZE, pagesInRange } from './documentPages';

export interface ListQuery {
  sort: DocumentSort;
  filter: DocumentFilter;
}

interface Loaded {
  key: string;
  caseId: number;
  total: number | null;
  caseTotal: number | null;
  outlets: readonly string[];
  pages: ReadonlyMap<number, readonly DocumentSummary[]>;
}

const EMPTY: Loaded = { key: '', caseId: 0, total: null, caseTotal: null, outlets: [], pages: new Map() };

/**
 * Documents of a case in the query's order and filter, fetched a page at a time as rows come into
 * view. A new version (after an import) or another query starts a fresh set of pages; a null
 * query (not known yet) fetches nothing. Pass a memoised query: its identity stands for its content.
 */
export function useDocumentPages(caseId: number, version: number, query: ListQuery | null, onError: (error: unknown) => void) {
  const key = query === null ? '' : `${caseId}:${version}:${JSON.stringify(query)}`;
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const requested = useRef({ key: '', pages: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (query === null) return;
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      const asked = requested.current.pages;
      if (asked.has(page)) return;
      asked.add(page);
      call('app:documents.list', { caseId, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...query }).then(
        (result) =>
          setLoaded((prev) => {
            const pages = prev.key === key ? new Map(prev.pages) : new Map<number, readonly DocumentSummary[]>();
            return { key, caseId, total: result.total, caseTotal: result.caseTotal, outlets: result.outlets, pages: pages.set(page, result.items) };
          }),
        (error: unknown) => {
          asked.delete(page);
          if (requested.current.key === key) onError(error);
        },
      );
    },
    [caseId, key, query, onError],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (const page of pagesInRange(first, last)) fetchPage(page);
    },
    [fetchPage],
  );

  const current = loaded.key === key ? loaded : EMPTY;
  // The case's outlets outlive a change of filter, so the outlet menu keeps its options meanwhile.
  const outlets = loaded.caseId === caseId ? loaded.outlets : EMPTY.outlets;
  return { total: current.total, caseTotal: current.caseTotal, outlets, pages: current.pages, ensureRange };
}
