import iconv from 'iconv-lite';
import { UserError } from '../../shared/ipc/result';

export interface Decoded {
  text: string;
  encoding: string;
  /** 0..1: how sure the detection is (1 for a BOM or valid UTF-8 with non-ASCII). */
  confidence: number;
}

/** Encodings a user may pick to re-decode a file. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', 'windows-1252', 'iso-8859-1'] as const;

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of bytes that are control characters no text file contains (NUL, and C0 but tab/CR/LF/FF). */
export function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const ARABIC_ARTICLE = /(?:^|\s)ال/g;

/**
 * How Arabic a decoding reads: the share of non-ASCII characters that are Arabic letters, plus
 * a bonus for the definite article, which separates windows-1256 from ISO-8859-6 (both put
 * letters in the high half, at different places).
 */
function arabicScore(text: string): number {
  let high = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) high++;
  if (high === 0) return 0;
  const letters = text.match(ARABIC_LETTER)?.length ?? 0;
  const articles = text.match(ARABIC_ARTICLE)?.length ?? 0;
  return letters / high + Math.min(1, (articles * 20) / high);
}

const decodeAs = (bytes: Uint8Array, encoding: string): string => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);

/** The single-byte code page that reads best: Arabic (windows-1256 or ISO-8859-6) or Western. */
function decodeSingleByte(bytes: Uint8Array): Decoded {
  const candidates = ['windows-1256', 'iso-8859-6'].map((encoding) => {
    const text = decodeAs(bytes, encoding);
    return { text, encoding, score: arabicScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= 0.8) return { text: best.text, encoding: best.encoding, confidence: Math.min(1, best.score / 1.6) };
  // Bytes 0x80–0x9F are C1 controls in ISO-8859-1 but punctuation in windows-1252.
  const c1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252', confidence: c1 ? 0.7 : 0.5 };
}

/** Decodes with an encoding the user chose, replacing detection. */
export function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  if (!iconv.encodingExists(encoding)) throw UserError.coded('invalid_input', 'msg.import.unknownEncoding', { encoding });
  const bom = encoding.startsWith('utf-8') && startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : encoding.startsWith('utf-16') && bytes.length >= 2 && (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) ? 2 : 0;
  return { text: decodeAs(bytes.subarray(bom), encoding.replace(/-bom$/, '')), encoding, confidence: 1 };
}

/**
 * Decodes a text file: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then a single-byte
 * Arabic or Western code page chosen by which one yields letters. Binary content is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === null) throw UserError.coded('invalid_input', 'msg.import.badUtf8');
    return { text, encoding: 'utf-8-bom', confidence: 1 };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return { text: decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', confidence: 1 };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', confidence: 1 };
  if (controlShare(bytes) > 0.01) {
    throw UserError.coded('unsupported', 'msg.import.binary');
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) {
    const ascii = bytes.every((b) => b < 0x80);
    return { text: utf8, encoding: 'utf-8', confidence: ascii ? 0.9 : 1 };
  }
  return decodeSingleByte(bytes);
}
