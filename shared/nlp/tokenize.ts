/**
 * Tokeniser that keeps character offsets (UTF-16 indices into the original text).
 * Words are runs of letters/marks/digits (with inner apostrophes, hyphens, dots and digit
 * separators kept together); every other non-space character is its own token.
 * Arabic proclitics stay attached (as in ANERcorp); `splitClitics` exposes them for features.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
// Joiners kept inside a word when a word character follows: don't, U.S., 3.5, 1,000, al-Assad.
const INNER_JOINER = /['’.\-,،٫٬]/u;
const SPACE = /\s/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

function isDigit(ch: string): boolean {
  return /\p{Nd}/u.test(ch);
}

/** Whether `text[i]` joins the word ending at i-1 with the word char at i+1. */
function joinsWord(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (!INNER_JOINER.test(ch) || !isWordChar(next)) return false;
  // Commas and Arabic separators only inside numbers (1,000 / ١٬٠٠٠); a text comma splits.
  if (ch === ',' || ch === '،' || ch === '٫' || ch === '٬') return isDigit(prev) && isDigit(next);
  // A dot joins numbers (3.5) and Latin abbreviations (U.S.), never Arabic words.
  if (ch === '.') return (isDigit(prev) && isDigit(next)) || (/[A-Za-z]/.test(prev) && /[A-Za-z]/.test(next));
  return true;
}

/** Splits text into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (SPACE.test(ch)) {
      i += ch.length;
      continue;
    }
    const start = i;
    if (isWordChar(ch)) {
      i += ch.length;
      while (i < text.length) {
        const c = String.fromCodePoint(text.codePointAt(i) ?? 0);
        if (isWordChar(c)) i += c.length;
        else if (joinsWord(text, i)) i += 1;
        else break;
      }
      // Keep the final dot of a Latin abbreviation like "U.S." when the word already has dots.
      if (text[i] === '.' && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(text.slice(start, i))) i += 1;
    } else {
      i += ch.length;
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Offsets of whitespace-separated tokens (for pre-tokenised input such as CoNLL files). */
export function whitespaceTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

export interface CliticSplit {
  /** Conjunction/preposition proclitics found (و ف ب ل ك), in order. */
  proclitics: string;
  /** Whether the definite article ال (or لل after ل) was found. */
  article: boolean;
  stem: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/**
 * All readings of a word's proclitics, longest first, each with at least two stem letters left.
 * The caller picks a reading whose stem is attested (so وزارة does not become زارة).
 */
export function cliticReadings(word: string): CliticSplit[] {
  const readings: CliticSplit[] = [];
  const conjOptions = CONJ.has(word[0] ?? '') ? [1, 0] : [0];
  for (const c of conjOptions) {
    const afterConj = word.slice(c);
    const prepOptions = PREP.has(afterConj[0] ?? '') ? [1, 0] : [0];
    for (const p of prepOptions) {
      const rest = afterConj.slice(p);
      const proclitics = word.slice(0, c + p);
      // ل + ال is written لل (للرئيس).
      if (p === 1 && afterConj[0] === 'ل' && rest.startsWith('ل') && rest.length > 3) {
        readings.push({ proclitics, article: true, stem: rest.slice(1) });
      }
      if (rest.startsWith('ال') && rest.length > 3) readings.push({ proclitics, article: true, stem: rest.slice(2) });
      if (rest.length >= 2) readings.push({ proclitics, article: false, stem: rest });
    }
  }
  return readings.sort((a, b) => a.stem.length - b.stem.length);
}

/**
 * Strips proclitics, preferring the shortest stem that `isKnown` accepts; falls back to the
 * word itself. Without a vocabulary only the article is stripped (its reading is unambiguous).
 */
export function splitClitics(word: string, isKnown?: (stem: string) => boolean): CliticSplit {
  const readings = cliticReadings(word);
  const whole: CliticSplit = { proclitics: '', article: false, stem: word };
  if (isKnown) return readings.find((r) => r.stem !== word && isKnown(r.stem)) ?? whole;
  return readings.find((r) => r.proclitics === '' && r.article) ?? whole;
}
