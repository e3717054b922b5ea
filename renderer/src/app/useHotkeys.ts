import { useEffect, useRef } from 'react';
import { latinKey } from '../lib/latinKey';
import { isTypingTarget } from '../lib/listNavigation';

export interface HotkeyActions {
  focusSearch: () => void;
  openImport: () => void;
}

/** Window-wide keys, on any keyboard layout: "/" focuses search (unless typing), Ctrl/Cmd+O opens the import picker. */
export function useHotkeys(actions: HotkeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = latinKey(e);
      if (key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target)) {
        e.preventDefault();
        latest.current.focusSearch();
      } else if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'o') {
        e.preventDefault();
        latest.current.openImport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
