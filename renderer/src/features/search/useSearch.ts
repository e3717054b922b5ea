import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/domain/schemas';
import { call } from '../../lib/api';

const DEBOUNCE_MS = 200;
const PAGE = 50;

interface Loaded {
  key: string;
  query: string;
  total: number;
  hits: SearchHit[];
}

/**
 * Ranked hits for the query in the scope (debounced while typing). stale is true while the hits
 * shown belong to an earlier query or scope; more() appends the next page.
 */
export function useSearch(query: string, caseId: number | undefined, onError: (error: unknown) => void) {
  const q = query.trim();
  const key = JSON.stringify([q, caseId ?? null]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      call('app:search.query', { query: q, caseId, offset: 0, limit: PAGE }).then(
        (r) => live && setLoaded({ key, query: q, total: r.total, hits: r.hits }),
        (error: unknown) => {
          if (!live) return;
          setLoaded({ key, query: q, total: 0, hits: [] });
          onError(error);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, q, caseId, onError]);

  async function more() {
    if (!loaded || loaded.key !== key) return;
    try {
      const r = await call('app:search.query', { query: q, caseId, offset: loaded.hits.length, limit: PAGE });
      setLoaded((s) => (s?.key === key ? { ...s, total: r.total, hits: [...s.hits, ...r.hits] } : s));
    } catch (error) {
      onError(error);
    }
  }

  return {
    key,
    query: loaded?.query ?? '',
    total: loaded?.total ?? 0,
    hits: loaded?.hits ?? [],
    stale: loaded?.key !== key,
    more,
  };
}

export type Search = ReturnType<typeof useSearch>;
