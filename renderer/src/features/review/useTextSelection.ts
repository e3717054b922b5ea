import { useEffect, useState, type RefObject } from 'react';
import { selectionOffsets } from './selectionOffsets';

export interface TextSelection {
  start: number;
  end: number;
  /** Where to show the popover, in viewport coordinates. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/** The current text selection inside root, as document offsets (null when nothing is selected there). */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    const update = () => {
      const el = root.current;
      const offsets = el ? selectionOffsets(el, text) : null;
      const range = offsets ? window.getSelection()?.getRangeAt(0) : undefined;
      if (!offsets || !range) {
        setSelection(null);
        return;
      }
      const r = range.getBoundingClientRect();
      setSelection({ ...offsets, rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right } });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, text]);

  const clear = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };
  return [selection, clear];
}
