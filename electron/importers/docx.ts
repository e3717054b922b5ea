import mammoth from 'mammoth';
import { UserError } from '../../shared/ipc/result';
import { clipTitle, titleFrom } from './title';
import { articles, type Importer } from './types';
import { isZip, readZip } from './zipLimits';

/** The text of the first element with this tag in a small XML part (office metadata). */
export function xmlField(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = m?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return value ? value : null;
}

/**
 * Office documents keep title and author in a small XML part beside the body. Their creation date
 * is when the file was saved, not when the article was published, so it is not used.
 */
export function officeMeta(xml: string | undefined): { title: string | null; author: string | null } {
  if (!xml) return { title: null, author: null };
  return { title: xmlField(xml, 'dc:title'), author: xmlField(xml, 'dc:creator') ?? xmlField(xml, 'meta:initial-creator') };
}

/** Word never writes a DOCTYPE; one in an office file can only declare entities (XXE), so it is refused. */
export function refuseDoctype(xml: Uint8Array): void {
  if (Buffer.from(xml.buffer, xml.byteOffset, Math.min(xml.byteLength, 4096)).toString('latin1').includes('<!DOCTYPE')) {
    throw UserError.coded('invalid_input', 'msg.import.unsafeXml');
  }
}

const WORD = { format: 'Word' };

export const docxImporter: Importer = {
  format: 'docx',
  extensions: ['docx'],
  async parse(bytes, name) {
    if (!isZip(bytes)) throw UserError.coded('invalid_input', 'msg.import.notFormat', WORD);
    // Reading the parts through our limits first refuses a bomb before mammoth inflates anything.
    const parts = readZip(bytes, (n) => n === 'word/document.xml' || n === 'docProps/core.xml', WORD.format);
    const body = parts['word/document.xml'];
    if (!body) throw UserError.coded('invalid_input', 'msg.import.damagedDocument', WORD, 'The Word document has no body (word/document.xml is missing).');
    refuseDoctype(body);
    let raw: string;
    try {
      raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    } catch (error) {
      throw UserError.coded('invalid_input', 'msg.import.damagedDocument', WORD, `The Word document cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
    const text = raw.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text === '') throw UserError.coded('invalid_input', 'msg.import.noText');
    const core = parts['docProps/core.xml'];
    const meta = officeMeta(core ? new TextDecoder().decode(core) : undefined);
    return articles({
      title: meta.title ? clipTitle(meta.title) : titleFrom(text, name),
      text,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: null,
      author: meta.author,
    });
  },
};
