import { useEffect, useState } from 'react';
import { call } from '../../lib/api';
import { listChoiceKey, parseListChoice, type ListChoice } from './documentListChoice';

/**
 * The sort and filters of a case's document list, remembered per archive and case in
 * localStorage. Null until the archive is known, so the list does not load twice.
 */
export function useListChoice(caseId: number, onError: (error: unknown) => void) {
  const [archiveId, setArchiveId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('app:app.info', {}).then(
      (info) => {
        if (live) setArchiveId(info.archiveId);
      },
      (error: unknown) => {
        if (live) onError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [onError]);

  const key = archiveId === null ? null : listChoiceKey(archiveId, caseId);
  const [stored, setStored] = useState<{ key: string; choice: ListChoice } | null>(null);
  if (key !== null && stored?.key !== key) setStored({ key, choice: parseListChoice(window.localStorage.getItem(key)) });
  const choice = stored !== null && stored.key === key ? stored.choice : null;

  function change(update: Partial<ListChoice>) {
    if (key === null || choice === null) return;
    const next = { ...choice, ...update };
    window.localStorage.setItem(key, JSON.stringify(next));
    setStored({ key, choice: next });
  }
  return { choice, change };
}
