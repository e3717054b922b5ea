/**
 * Arabic-aware normalisation used as a matching key (search index, gazetteers, feature keys).
 * The stored text never changes; only keys derived from it are normalised.
 */

// Harakat and Quranic marks U+064B–U+065F, superscript alef U+0670, tatweel U+0640.
const DROPPED = /[\u064B-\u065F\u0670\u0640]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/g;

function foldChars(text: string): string {
  return text
    .replace(DROPPED, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0629/g, '\u0647') // ة -> ه
    .replace(/\u0649/g, '\u064A') // ى -> ي
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** NFKC first (folds presentation forms and ligatures), then the Arabic folds. */
export function normalizeArabic(text: string): string {
  return foldChars(text.normalize('NFKC'));
}

/** Search and matching key: Arabic folds plus case folding for Latin script. */
export function normalizeForSearch(text: string): string {
  return normalizeArabic(text).toLowerCase();
}

/** The search key of one UTF-16 unit in the common scripts, without allocating; null when NFKC is needed. */
function foldUnit(c: number): string | null {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return '';
    if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return '\u0627';
    if (c === 0x0629) return '\u0647';
    if (c === 0x0649) return '\u064A';
    if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
    return String.fromCharCode(c);
  }
  return null;
}

/**
 * Normalises while keeping, for every output UTF-16 unit, the index of the input unit it came
 * from, so a match found in normalised text can be mapped back to the original text.
 * map has length out.length + 1; map[out.length] is text.length.
 */
export function normalizeWithOffsets(text: string): { out: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let piece = foldUnit(c);
    let unitLen = 1;
    if (piece === null) {
      const cp = text.codePointAt(i) ?? 0;
      unitLen = cp > 0xffff ? 2 : 1;
      piece = normalizeForSearch(text.slice(i, i + unitLen));
    }
    for (let k = 0; k < piece.length; k++) map.push(i);
    parts.push(piece);
    i += unitLen;
  }
  map.push(text.length);
  return { out: parts.join(''), map };
}
