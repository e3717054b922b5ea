/** Shortcut keys read the same on every keyboard layout. */

export interface KeyLike {
  key: string;
  /** The physical key ("KeyA"): lets the letters work on an Arabic keyboard layout too. */
  code?: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The key as on a US layout when a non-Latin layout is active: Arabic "ش" on the A key is "a",
 * and "ظ" / "؟" on the slash key are "/" / "?", so every shortcut works on an Arabic keyboard.
 */
export function latinKey(e: KeyLike): string {
  if (e.key.length !== 1 || /[\x20-\x7e]/.test(e.key)) return e.key;
  if (e.code === 'Slash') return e.shiftKey ? '?' : '/';
  const m = /^Key([A-Z])$/.exec(e.code ?? '');
  return m?.[1] ? m[1].toLowerCase() : e.key;
}
