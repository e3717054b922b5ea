import iconv from 'iconv-lite';
import { UserError } from '../../shared/ipc/result';
import { titleFrom } from './title';
import { articles, type Importer } from './types';

/** Groups that hold no body text (fonts, colours, styles, pictures, document info, headers). */
const SKIP_DESTINATIONS = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'footer', 'headerl', 'headerr', 'footerl', 'footerr', 'object', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'fldinst']);

const TOKEN = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}]+)/g;

/** The plain text of an RTF document: paragraphs, Unicode escapes and code-page bytes decoded. */
export function rtfToText(rtf: string): string {
  const cp = /\\ansicpg(\d+)/.exec(rtf)?.[1];
  const codePage = cp && iconv.encodingExists(`windows-${cp}`) ? `windows-${cp}` : 'windows-1252';
  const stack: { skip: boolean; uc: number }[] = [];
  let state = { skip: false, uc: 1 };
  let out = '';
  let bytes: number[] = [];
  let fallback = 0;
  let groupStart = false;
  const flushBytes = () => {
    if (bytes.length > 0 && !state.skip) out += iconv.decode(Buffer.from(bytes), codePage);
    bytes = [];
  };
  for (const m of rtf.matchAll(TOKEN)) {
    const [, word, arg, hex, symbol, brace, text] = m;
    if (hex !== undefined) {
      if (fallback > 0) fallback--;
      else bytes.push(parseInt(hex, 16));
      continue;
    }
    flushBytes();
    const starting: boolean = groupStart;
    groupStart = false;
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
    } else if (brace === '}') state = stack.pop() ?? state;
    else if (symbol !== undefined) {
      if (symbol === '*' && starting) state.skip = true;
      else if (!state.skip && '\\{}'.includes(symbol)) out += symbol;
      else if (!state.skip && symbol === '~') out += '\u00a0';
      groupStart = symbol === '*' ? starting : false;
    } else if (word !== undefined) {
      if (starting && SKIP_DESTINATIONS.has(word)) state.skip = true;
      else if (word === 'uc') state.uc = Number(arg ?? 1);
      else if (word === 'u' && !state.skip) {
        out += String.fromCharCode((Number(arg) + 0x10000) % 0x10000);
        fallback = state.uc;
      } else if (!state.skip && (word === 'par' || word === 'line' || word === 'sect' || word === 'page')) out += '\n';
      else if (!state.skip && word === 'tab') out += '\t';
    } else if (text !== undefined && !state.skip) {
      const clean = text.replace(/[\r\n]/g, '');
      const skipped = Math.min(fallback, clean.length);
      fallback -= skipped;
      out += clean.slice(skipped);
    }
  }
  flushBytes();
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export const rtfImporter: Importer = {
  format: 'rtf',
  extensions: ['rtf'],
  parse(bytes, name) {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!source.startsWith('{\\rtf')) throw UserError.coded('invalid_input', 'msg.import.notFormat', { format: 'RTF' });
    const text = rtfToText(source);
    if (text === '') throw UserError.coded('invalid_input', 'msg.import.noText');
    return articles({ title: titleFrom(text, name), text, mime: 'application/rtf', encoding: null });
  },
};
