import { useEffect, useRef, useState } from 'react';

/**
 * Loads a value for a scope (e.g. "document 7") and reloads it when version changes. Returns it only
 * while the scope is current, so a view never shows another document's data; after a change the
 * previous answer for the same scope stays on screen until the new one arrives (no flicker).
 */
export function useLoad<T>(scope: string | null, version: number, load: () => Promise<T>, onError: (error: unknown) => void): T | null {
  const [state, setState] = useState<{ scope: string; value: T } | null>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });

  useEffect(() => {
    if (scope === null) return;
    let live = true;
    latest.current().then(
      (value) => live && setState({ scope, value }),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [scope, version, onError]);

  return state !== null && state.scope === scope ? state.value : null;
}
