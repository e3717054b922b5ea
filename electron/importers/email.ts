import PostalMime, { type Address, type Email } from 'postal-mime';
import { UserError } from '../../shared/ipc/result';
import { htmlToArticle } from './html';
import { isoDay } from './htmlMeta';
import { clipTitle, titleFrom } from './title';
import { articles, type EmbeddedFile, type Importer, type ParsedArticle } from './types';

function formatAddress(a: Address): string {
  if (a.group) return `${a.name}: ${a.group.map(formatAddress).join(', ')}`;
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

async function parseMime(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, { maxNestingDepth: 20, maxHeadersSize: 1024 * 1024 });
  } catch (error) {
    throw UserError.coded('invalid_input', 'msg.import.messageUnreadable', {}, `The message cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

const toBytes = (content: ArrayBuffer | Uint8Array | string): Uint8Array =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content instanceof Uint8Array ? content : new Uint8Array(content);

/** An e-mail as a document: a header block (from, to, date, subject), then the body; attachments carried along. */
export async function emailToArticle(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  const mail = await parseMime(bytes);
  const body = (mail.text?.trim() || (mail.html ? htmlToArticle(mail.html, fileName).text : '')).replace(/\r\n?/g, '\n').trim();
  const from = mail.from ? formatAddress(mail.from) : null;
  const to = (mail.to ?? []).map(formatAddress).join(', ') || null;
  const subject = mail.subject?.replace(/\s+/g, ' ').trim() || null;
  const header = [['From', from], ['To', to], ['Date', mail.date ?? null], ['Subject', subject]]
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([k, v]) => `${k}: ${v}`);
  if (body === '' && subject === null) throw UserError.coded('invalid_input', 'msg.import.messageEmpty');
  const attachments: EmbeddedFile[] = mail.attachments
    .filter((a) => a.disposition !== 'inline' && !a.related)
    .map((a, i) => ({ name: a.filename?.trim() || `attachment-${i + 1}`, bytes: toBytes(a.content) }));
  return {
    title: subject ? clipTitle(subject) : titleFrom(body, fileName),
    text: `${header.join('\n')}\n\n${body}`.trim(),
    mime: 'message/rfc822',
    encoding: null,
    author: from,
    publishedAt: isoDay(mail.date),
    attachments,
  };
}

export const emlImporter: Importer = {
  format: 'eml',
  extensions: ['eml', 'msg822'],
  async parse(bytes, name) {
    if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
    return articles(await emailToArticle(bytes, name));
  },
};

/** Messages in an mbox start at a line "From " at the start of the file or after a line break. */
export function splitMbox(text: string): string[] {
  return text
    .split(/(?:^|\n)(?=From [^\n]*\n)/)
    .map((m) => m.replace(/^From [^\n]*\n/, '').replace(/^>(>*From )/gm, '$1'))
    .filter((m) => m.trim() !== '');
}

export const mboxImporter: Importer = {
  format: 'mbox',
  extensions: ['mbox', 'mbx'],
  async parse(bytes, name) {
    const messages = splitMbox(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
    if (messages.length === 0) throw UserError.coded('invalid_input', 'msg.import.mailboxEmpty');
    const list: ParsedArticle[] = [];
    for (const [i, message] of messages.entries()) {
      list.push({ ...(await emailToArticle(new Uint8Array(Buffer.from(message, 'latin1')), name)), mime: 'application/mbox', part: `message ${i + 1}` });
    }
    return articles(...list);
  },
};

/** A saved web page (MHTML): a MIME message whose HTML part is the page. */
export const mhtmlImporter: Importer = {
  format: 'mhtml',
  extensions: ['mhtml', 'mht'],
  async parse(bytes, name) {
    const mail = await parseMime(bytes);
    const html = mail.html ?? mail.attachments.find((a) => a.mimeType === 'text/html')?.content;
    if (html === undefined) throw UserError.coded('invalid_input', 'msg.import.noHtmlPart');
    const page = htmlToArticle(typeof html === 'string' ? html : new TextDecoder().decode(toBytes(html)), name, 'multipart/related');
    const location = mail.headers.find((h) => h.key === 'snapshot-content-location' || h.key === 'content-location')?.value;
    return articles({ ...page, url: page.url ?? (location && /^https?:\/\//.test(location) ? location : null) });
  },
};
