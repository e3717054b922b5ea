import { extname } from 'node:path';
import { UserError } from '../../shared/ipc/result';
import { docxImporter } from './docx';
import { emlImporter, mboxImporter, mhtmlImporter } from './email';
import { htmlImporter } from './html';
import { imageImporter } from './image';
import { odtImporter } from './odt';
import { pdfImporter } from './pdf';
import { markdownImporter, textImporter } from './plainText';
import { rtfImporter } from './rtf';
import { sniff, type Sniffed } from './sniff';
import { tabularImporter } from './tabular';
import type { Importer } from './types';
import { zipImporter } from './zipArchive';

const IMPORTERS: readonly Importer[] = [
  textImporter,
  markdownImporter,
  htmlImporter,
  mhtmlImporter,
  pdfImporter,
  docxImporter,
  odtImporter,
  rtfImporter,
  emlImporter,
  mboxImporter,
  tabularImporter,
  zipImporter,
  imageImporter,
];

const BY_CONTENT: Record<Exclude<Sniffed, null | 'binary'>, Importer> = {
  pdf: pdfImporter,
  docx: docxImporter,
  odt: odtImporter,
  zip: zipImporter,
  rtf: rtfImporter,
  image: imageImporter,
  html: htmlImporter,
  mhtml: mhtmlImporter,
  eml: emlImporter,
};

/** Formats recognised from bytes alone: they win over a wrong extension. */
const BINARY_FORMATS = new Set<Sniffed>(['pdf', 'docx', 'odt', 'zip', 'rtf', 'image']);

export const SUPPORTED_EXTENSIONS = IMPORTERS.flatMap((i) => i.extensions);

const byExtension = (fileName: string): Importer | undefined => {
  const ext = extname(fileName).slice(1).toLowerCase();
  return IMPORTERS.find((i) => i.extensions.includes(ext));
};

/**
 * The importer for a file: its content decides when it has a clear signature (a PDF named .txt
 * is read as a PDF), else its extension, else a text signature (an HTML page without extension).
 * Without bytes, the extension alone decides.
 */
export function importerFor(fileName: string, bytes?: Uint8Array): Importer {
  const sniffed = bytes ? sniff(bytes) : null;
  const named = byExtension(fileName);
  if (sniffed === 'binary') throw UserError.coded('unsupported', 'msg.import.notArticle');
  if (sniffed !== null && BINARY_FORMATS.has(sniffed)) {
    // A .docx is a zip and an .odt is too: the named format is trusted when its container matches.
    if (named && sniffed === 'zip' && (named === docxImporter || named === odtImporter)) return named;
    return BY_CONTENT[sniffed];
  }
  if (named) return named;
  if (sniffed !== null) return BY_CONTENT[sniffed];
  const ext = extname(fileName).slice(1).toLowerCase();
  const shown = ext === '' ? 'files without an extension' : `.${ext} files`;
  const supported = SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ');
  const key = ext === '' ? 'msg.import.noExtension' : 'msg.import.extensionUnsupported';
  throw UserError.coded('unsupported', key, { ext, supported }, `${shown} are not supported (supported: ${supported}).`);
}
