import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/schemas';
import { call } from '../../lib/api';
import { PAGE_SIZE, pagesInRange } from './documentPages';

interface Loaded {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, readonly DocumentSummary[]>;
}

/**
 * Documents of a case, fetched a page at a time as rows come into view. A new version (after an
 * import) starts a fresh set of pages so the list shows the new documents.
 */
export function useDocumentPages(caseId: number, version: number, onError: (error: unknown) => void) {
  const key = `${caseId}:${version}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', total: null, pages: new Map() });
  const requested = useRef({ key: '', pages: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      const asked = requested.current.pages;
      if (asked.has(page)) return;
      asked.add(page);
      call('app:documents.list', { caseId, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) =>
          setLoaded((prev) => {
            const pages = prev.key === key ? new Map(prev.pages) : new Map<number, readonly DocumentSummary[]>();
            return { key, total: result.total, pages: pages.set(page, result.items) };
          }),
        (error: unknown) => {
          asked.delete(page);
          if (requested.current.key === key) onError(error);
        },
      );
    },
    [caseId, key, onError],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (const page of pagesInRange(first, last)) fetchPage(page);
    },
    [fetchPage],
  );

  const current = loaded.key === key ? loaded : null;
  return { total: current?.total ?? null, pages: current?.pages ?? new Map<number, readonly DocumentSummary[]>(), ensureRange };
}
