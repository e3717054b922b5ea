import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../../shared/domain/schemas';
import { call } from '../../lib/api';

/** The case list, reloadable after a create or an import changes the counts. */
export function useCases(onError: (error: unknown) => void) {
  const [cases, setCases] = useState<Case[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call('app:cases.list', {}).then(
      (list) => live && setCases(list),
      (error: unknown) => {
        if (!live) return;
        setCases((current) => current ?? []);
        onError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [onError, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { cases, reload };
}
