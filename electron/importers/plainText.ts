import { UserError } from '../../shared/ipc/result';
import { decodeText, decodeWith } from './encoding';
import { titleFrom } from './title';
import { articles, type Importer, type ParseOptions, type ParseResult } from './types';

function parse(bytes: Uint8Array, fileName: string, mime: string, options: ParseOptions): ParseResult {
  if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
  const decoded = options.encoding ? decodeWith(bytes, options.encoding) : decodeText(bytes);
  // Line endings are unified once, at import; offsets are into this stored text from then on.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw UserError.coded('invalid_input', 'msg.import.noText');
  return articles({ title: titleFrom(text, fileName), text, mime, encoding: decoded.encoding, encodingConfidence: decoded.confidence });
}

export const textImporter: Importer = {
  format: 'text',
  extensions: ['txt', 'text'],
  parse: (bytes, name, options) => parse(bytes, name, 'text/plain', options),
};

export const markdownImporter: Importer = {
  format: 'markdown',
  extensions: ['md', 'markdown'],
  parse: (bytes, name, options) => parse(bytes, name, 'text/markdown', options),
};
