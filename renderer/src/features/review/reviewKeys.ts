/** The reader's review keys, as pure data: the help overlay lists exactly what the handler understands. */
import type { EntityTypeName } from '../../../../shared/domain/schemas';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { latinKey, type KeyLike } from '../../lib/latinKey';

export const ENTITY_TYPES: readonly EntityTypeName[] = ['PER', 'ORG', 'LOC', 'MISC', 'DATE'];

/** Letters for the add popover; in the reader the digits pick a type, since p/n navigate there. */
export const TYPE_LETTERS: Readonly<Record<string, EntityTypeName>> = { p: 'PER', o: 'ORG', l: 'LOC', m: 'MISC', d: 'DATE' };

export type ReviewCommand =
  | { kind: 'next'; suggestedOnly: boolean }
  | { kind: 'previous'; suggestedOnly: boolean }
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'retype'; type: EntityTypeName }
  | { kind: 'delete' }
  | { kind: 'resize'; edge: 'start' | 'end'; forward: boolean; byWord: boolean }
  | { kind: 'escape' };

/** Digit keys 1-5 as a type, else null; e.code is not used so layouts with Arabic digits still work. */
export function typeOfDigit(key: string): EntityTypeName | null {
  const digit = '١٢٣٤٥'.indexOf(key) >= 0 ? '١٢٣٤٥'.indexOf(key) + 1 : Number(key);
  return Number.isInteger(digit) && digit >= 1 && digit <= 5 ? (ENTITY_TYPES[digit - 1] ?? null) : null;
}

/**
 * The command for a key pressed in the reader; rtl says the paragraph runs right to left, so the
 * arrow pointing along the text (left in Arabic) moves an edge later in the text.
 */
export function reviewCommand(e: KeyLike, rtl: boolean): ReviewCommand | null {
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    if (!e.shiftKey) return null;
    const forward = (e.key === 'ArrowRight') !== rtl;
    return { kind: 'resize', edge: e.altKey ? 'start' : 'end', forward, byWord: e.ctrlKey || e.metaKey };
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const type = typeOfDigit(e.key);
  if (type) return { kind: 'retype', type };
  switch (latinKey(e)) {
    case 'n':
      return { kind: 'next', suggestedOnly: true };
    case 'p':
      return { kind: 'previous', suggestedOnly: true };
    case 'j':
      return { kind: 'next', suggestedOnly: false };
    case 'k':
      return { kind: 'previous', suggestedOnly: false };
    case 'a':
    case 'Enter':
      return { kind: 'accept' };
    case 'r':
    case 'x':
      return { kind: 'reject' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** Undo (Ctrl/Cmd+Z) or redo (Ctrl/Cmd+Shift+Z, Ctrl+Y), else null. */
export function historyCommand(e: KeyLike): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = latinKey(e).toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Every shortcut for the help overlay: keys as printed, and what they do. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; action: MessageKey }> = [
  { keys: '↑ ↓ / j k, Enter', action: 'help.openDocument' },
  { keys: 'n / p', action: 'help.nextSuggestion' },
  { keys: 'j / k', action: 'help.nextMention' },
  { keys: 'a / Enter', action: 'help.accept' },
  { keys: 'r / x', action: 'help.reject' },
  { keys: '1 2 3 4 5', action: 'help.retype' },
  { keys: 'Shift + ← / →', action: 'help.resizeEnd' },
  { keys: 'Alt + Shift + ← / →', action: 'help.resizeStart' },
  { keys: 'Ctrl + Shift + ← / →', action: 'help.resizeWord' },
  { keys: 'Delete', action: 'help.delete' },
  { keys: 'p o l m d / 1-5', action: 'help.addSelection' },
  { keys: 'Ctrl + Z', action: 'help.undo' },
  { keys: 'Ctrl + Shift + Z / Ctrl + Y', action: 'help.redo' },
  { keys: '/', action: 'help.search' },
  { keys: '?', action: 'help.help' },
  { keys: 'Escape', action: 'help.escape' },
];
