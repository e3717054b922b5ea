import { unzipSync } from 'fflate';
import { isZip } from './zipLimits';

/** A format recognised from a file's first bytes, whatever its extension says. */
export type Sniffed = 'pdf' | 'docx' | 'odt' | 'zip' | 'rtf' | 'image' | 'html' | 'mhtml' | 'eml' | 'binary' | null;

const at = (b: Uint8Array, offset: number, ...sig: number[]): boolean => sig.every((v, i) => b[offset + i] === v);
const IMAGE_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d],
];
/** Magic numbers of formats we never import (executables, media, other archives). */
const BINARY_SIGNATURES: number[][] = [
  [0x7f, 0x45, 0x4c, 0x46],
  [0x4d, 0x5a],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x52, 0x61, 0x72, 0x21],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x00, 0x00, 0x00],
];

/** Names inside a zip, read from its directory without inflating anything. */
function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    // A damaged zip is left to the importer, which reports why.
  }
  return names;
}

function sniffZip(bytes: Uint8Array): Sniffed {
  const names = zipNames(bytes);
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'odt';
  return 'zip';
}

function sniffText(bytes: Uint8Array): Sniffed {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (/^mime-version:/m.test(head) && /content-type:\s*multipart\/related/.test(head)) return 'mhtml';
  if (/^(from|received|return-path|message-id|delivered-to):/.test(head) && /^subject:|^date:/m.test(head)) return 'eml';
  return null;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.byteLength === 0) return null;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (isZip(bytes)) return sniffZip(bytes);
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (IMAGE_SIGNATURES.some((sig) => at(bytes, 0, ...sig)) || (at(bytes, 0, 0x52, 0x49, 0x46, 0x46) && at(bytes, 8, 0x57, 0x45, 0x42, 0x50))) return 'image';
  if (bytes.byteLength >= 4 && BINARY_SIGNATURES.some((sig) => at(bytes, 0, ...sig))) return 'binary';
  return sniffText(bytes);
}
