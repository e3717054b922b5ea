import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UserError } from '../../shared/ipc/result';
import { ocrPage } from './pdfOcr';
import { clipTitle, titleFrom } from './title';
import { articles, type Importer } from './types';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[A-Za-z\u00C0-\u024F]/;
// NFKC turns an isolated Arabic mark (presentation form) into a space and the mark: the space goes.
const ISOLATED_MARK_SPACE = /\s+([\u064B-\u065F\u0670])/g;
// Tanween fath ends its word; when its glyph stood in for the space, the space comes back.
const TANWEEN_FATH_END = /([\u0627\u0649\u0629]\u064B)(?=\p{L})/gu;

/** Lines of one page: items grouped by baseline (top to bottom), ordered by x in the line's direction. */
export function pageLines(items: readonly Item[]): string[] {
  const lines: { y: number; height: number; items: Item[] }[] = [];
  const sorted = [...items].filter((i) => i.str !== '').sort((a, b) => b.y - a.y);
  for (const item of sorted) {
    // Marks and spaces sit a little above or below the baseline, so the larger height decides.
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, l.height, item.height) * 0.5);
    if (line) {
      line.items.push(item);
      line.height = Math.max(line.height, item.height);
    } else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const out: string[] = [];
  let previous: { y: number; height: number } | null = null;
  for (const line of lines) {
    const text = line.items.map((i) => i.str).join('');
    const rtl = (text.match(new RegExp(RTL, 'g'))?.length ?? 0) > (text.match(new RegExp(LTR, 'g'))?.length ?? 0);
    line.items.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
    // A gap taller than one and a half lines separates paragraphs.
    if (previous && previous.y - line.y > Math.max(previous.height, line.height) * 1.8) out.push('');
    out.push(joinItems(line.items, rtl));
    previous = line;
  }
  return out;
}

/** Items on one line, with a space where the gap between them is wider than a narrow letter. */
function joinItems(items: readonly Item[], rtl: boolean): string {
  let text = '';
  let edge: number | null = null;
  for (const item of items) {
    const start = rtl ? item.x + item.width : item.x;
    const gap = edge === null ? 0 : rtl ? edge - start : start - edge;
    if (edge !== null && gap > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    edge = rtl ? item.x : item.x + item.width;
  }
  return text.replace(ISOLATED_MARK_SPACE, '$1').replace(TANWEEN_FATH_END, '$1 ').replace(/\s+/g, ' ').trim();
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
// Loaded on first use: pdf.js is large and ESM-only.
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

function pdfError(error: unknown): never {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') throw UserError.coded('unsupported', 'msg.import.pdfPassword');
  if (name === 'InvalidPDFException') throw UserError.coded('invalid_input', 'msg.import.damagedDocument', { format: 'PDF' }, 'The PDF is damaged or not a PDF (it cannot be opened).');
  if (error instanceof UserError) throw error;
  throw UserError.coded('invalid_input', 'msg.import.damagedDocument', { format: 'PDF' }, `The PDF cannot be read (${error instanceof Error ? error.message : String(error)}).`);
}

/**
 * Page texts of a PDF's text layer; Arabic presentation forms folded to letters by NFKC. A page
 * without a text layer (a scan) is read by OCR from its images.
 */
export async function pdfPages(bytes: Uint8Array): Promise<{ pages: string[]; info: Record<string, unknown> }> {
  const { getDocument, OPS } = await loadPdfJs();
  // pdf.js takes ownership of the buffer, so it gets a copy. Images are decoded to plain bytes for OCR.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false, isOffscreenCanvasSupported: false });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata().catch(() => null);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) =>
        'str' in i ? [{ str: i.str.normalize('NFKC'), x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height, hasEOL: i.hasEOL }] : [],
      );
      let text = pageLines(items).join('\n');
      if (text.trim() === '') text = await ocrPage(page, OPS.paintImageXObject);
      pages.push(text);
      page.cleanup();
    }
    return { pages, info: (meta?.info ?? {}) as Record<string, unknown> };
  } catch (error) {
    pdfError(error);
  } finally {
    await task.destroy();
  }
}

const infoString = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export const pdfImporter: Importer = {
  format: 'pdf',
  extensions: ['pdf'],
  async parse(bytes, name) {
    if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
    const { pages, info } = await pdfPages(bytes);
    // Pages are kept apart by a form feed on its own line.
    const text = pages.join('\n\f\n').trim();
    if (text.replace(/\f/g, '').trim() === '') {
      throw UserError.coded('invalid_input', 'msg.import.pdfNoText');
    }
    const metaTitle = infoString(info.Title);
    return articles({
      title: metaTitle && !/\.(html?|pdf|docx?)$/i.test(metaTitle) ? clipTitle(metaTitle) : titleFrom(text, name),
      text,
      mime: 'application/pdf',
      encoding: null,
      // The PDF's creation date is when it was saved, not published: the text's own date is used instead.
      author: infoString(info.Author),
    });
  },
};
