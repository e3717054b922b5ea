import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../shared/domain/schemas';
import { lastOpenKey, parseLastOpen, restorable, type LastOpen } from './lastOpen';

/** null case: none picked yet, so the first one is open. */
type Chosen = { caseId: number | null; documentId: number | null };

/**
 * The open case and document. After a reload the ones open before come back (per archive, in
 * localStorage) unless that case is gone or the user has already picked something; until then,
 * and on a first start, the first case is open.
 */
export function useOpenSelection(archiveId: string | null, cases: readonly Case[] | null) {
  const [chosen, setChosen] = useState<Chosen>({ caseId: null, documentId: null });
  // Looked up once per archive, during render, so the restored case is the first one drawn when the answers come together.
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  if (archiveId !== null && cases !== null && restoredFor !== archiveId) {
    setRestoredFor(archiveId);
    const last = restorable(parseLastOpen(window.localStorage.getItem(lastOpenKey(archiveId))), cases.map((c) => c.id));
    if (last && chosen.caseId === null && chosen.documentId === null) setChosen(last);
  }
  const caseId = chosen.caseId ?? cases?.[0]?.id ?? null;
  const openDocId = chosen.documentId;

  useEffect(() => {
    if (restoredFor === null || caseId === null) return;
    const open: LastOpen = { caseId, documentId: openDocId };
    window.localStorage.setItem(lastOpenKey(restoredFor), JSON.stringify(open));
  }, [restoredFor, caseId, openDocId]);

  const select = useCallback((nextCaseId: number, documentId: number | null = null) => setChosen({ caseId: nextCaseId, documentId }), []);
  const openDocument = useCallback((documentId: number | null) => setChosen((c) => ({ ...c, documentId })), []);
  return { caseId, openDocId, select, openDocument };
}
