import iconv from 'iconv-lite';
import { UserError } from '../../shared/ipc/result';

export interface Decoded {
  text: string;
  encoding: string;
  /** 0..1: how sure the detection is (1 for a BOM or valid UTF-8 with non-ASCII). */
  confidence: number;
}

const startsWith = (b: Uint8Array, ...sig: number[]): boolean => sig.every((v, i) => b[i] === v);

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of bytes that are control characters no text file contains (NUL, and C0 but tab/CR/LF/FF). */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/** In windows-1256 the Arabic letters sit at 0xC1–0xFE (with a few Latin letters between them). */
function arabicShareAs1256(bytes: Uint8Array): number {
  let high = 0;
  let arabic = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xc1 && b <= 0xdf && b !== 0xd7) || [0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xec, 0xed].includes(b) || (b >= 0xf0 && b <= 0xf3) || b === 0xf5 || b === 0xf6 || b === 0xf8 || b === 0xfa) {
      arabic++;
    }
  }
  return high === 0 ? 0 : arabic / high;
}

/**
 * Decodes a text file: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then a single-byte
 * Arabic or Western code page chosen by which one yields letters. Binary content is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === null) throw new UserError('invalid_input', 'The file starts as UTF-8 but contains invalid UTF-8 bytes.');
    return { text, encoding: 'utf-8-bom', confidence: 1 };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', confidence: 1 };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', confidence: 1 };
  if (controlShare(bytes) > 0.01) {
    throw new UserError('unsupported', 'The file looks binary, not text (it contains control bytes such as NUL).');
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) {
    const ascii = bytes.every((b) => b < 0x80);
    return { text: utf8, encoding: 'utf-8', confidence: ascii ? 0.9 : 1 };
  }
  const share = arabicShareAs1256(bytes);
  if (share >= 0.6) {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1256'), encoding: 'windows-1256', confidence: Math.min(1, share) };
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', confidence: 0.5 };
}
