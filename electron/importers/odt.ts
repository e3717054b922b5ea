import { Parser } from 'htmlparser2';
import { UserError } from '../../shared/ipc/result';
import { officeMeta, refuseDoctype } from './docx';
import { clipTitle, titleFrom } from './title';
import { articles, type Importer } from './types';
import { isZip, readZip } from './zipLimits';

/** Paragraphs and headings of an OpenDocument body; notes and annotations left out. */
export function odtText(xml: string): string {
  const paragraphs: string[] = [];
  let depth = 0;
  let skip = 0;
  let current = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'office:annotation' || name === 'text:note') skip++;
        else if (name === 'text:p' || name === 'text:h') depth++;
        else if (name === 'text:s') current += ' '.repeat(Number(attrs['text:c'] ?? 1) || 1);
        else if (name === 'text:tab') current += '\t';
        else if (name === 'text:line-break') current += '\n';
      },
      ontext(text) {
        if (depth > 0 && skip === 0) current += text;
      },
      onclosetag(name) {
        if (name === 'office:annotation' || name === 'text:note') skip--;
        else if ((name === 'text:p' || name === 'text:h') && --depth === 0) {
          if (current.trim() !== '') paragraphs.push(current.trim());
          current = '';
        }
      },
    },
    // xmlMode never resolves entities beyond the five XML ones, so no external entity is read.
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs.join('\n\n');
}

const ODF = { format: 'OpenDocument' };

export const odtImporter: Importer = {
  format: 'odt',
  extensions: ['odt'],
  parse(bytes, name) {
    if (!isZip(bytes)) throw UserError.coded('invalid_input', 'msg.import.notFormat', ODF);
    const parts = readZip(bytes, (n) => n === 'content.xml' || n === 'meta.xml', ODF.format);
    const content = parts['content.xml'];
    if (!content) throw UserError.coded('invalid_input', 'msg.import.damagedDocument', ODF, 'The document has no body (content.xml is missing).');
    refuseDoctype(content);
    const text = odtText(new TextDecoder().decode(content));
    if (text === '') throw UserError.coded('invalid_input', 'msg.import.noText');
    const metaXml = parts['meta.xml'];
    const meta = officeMeta(metaXml ? new TextDecoder().decode(metaXml) : undefined);
    return articles({ title: meta.title ? clipTitle(meta.title) : titleFrom(text, name), text, mime: 'application/vnd.oasis.opendocument.text', encoding: null, author: meta.author });
  },
};
