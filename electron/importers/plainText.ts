import { UserError } from '../../shared/ipc/result';
import { decodeText } from './encoding';
import type { Importer, ParsedArticle } from './types';

const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+/;

/** The first non-empty line, without Markdown heading marks, trimmed to a readable length. */
function titleFrom(text: string, fileName: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '');
  const title = (first ?? '').replace(MARKDOWN_HEADING, '').replace(/\s+/g, ' ').trim();
  if (title === '') return fileName.replace(/\.[^.]+$/, '');
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

function parse(bytes: Uint8Array, fileName: string, mime: string): ParsedArticle {
  if (bytes.byteLength === 0) throw new UserError('invalid_input', 'The file is empty.');
  const decoded = decodeText(bytes);
  // Line endings are unified once, at import; offsets are into this stored text from then on.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new UserError('invalid_input', 'The file contains no text.');
  return { title: titleFrom(text, fileName), text, mime, encoding: decoded.encoding };
}

export const textImporter: Importer = {
  extensions: ['txt', 'text'],
  parse: (bytes, name) => parse(bytes, name, 'text/plain'),
};

export const markdownImporter: Importer = {
  extensions: ['md', 'markdown'],
  parse: (bytes, name) => parse(bytes, name, 'text/markdown'),
};
