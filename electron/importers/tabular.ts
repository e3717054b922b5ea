import Papa from 'papaparse';
import { UserError } from '../../shared/ipc/result';
import { applyChoice, detectMapping } from './columnMapping';
import { decodeText } from './encoding';
import { isoDay, safeUrl } from './htmlMeta';
import { clipTitle, titleFrom } from './title';
import { articles, type ColumnMapping, type Importer, type ParsedArticle } from './types';

type Row = Record<string, string>;
interface Table {
  columns: string[];
  rows: Row[];
}

const cell = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

function fromObjects(list: unknown[]): Table {
  const rows = list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { columns, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, cell(r[c])]))) };
}

function parseCsv(text: string): Table {
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
  const columns = parsed.meta.fields ?? [];
  if (columns.length < 2) throw UserError.coded('invalid_input', 'msg.import.noHeader');
  return { columns, rows: parsed.data.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? '']))) };
}

function parseJson(text: string): Table {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw UserError.coded('invalid_input', 'msg.import.invalidJson', {}, `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const holder = value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value).find(Array.isArray) : undefined;
  const list = Array.isArray(value) ? value : holder;
  if (!list) throw UserError.coded('invalid_input', 'msg.import.noArticleList');
  return fromObjects(list);
}

function parseJsonl(text: string): Table {
  const list = text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch {
      throw UserError.coded('invalid_input', 'msg.import.badJsonLine', { line: i + 1 });
    }
  });
  return fromObjects(list);
}

const PARSERS: Record<string, (text: string) => Table> = { csv: parseCsv, tsv: parseCsv, json: parseJson, jsonl: parseJsonl, ndjson: parseJsonl };

export function readTable(bytes: Uint8Array, fileName: string): Table {
  if (bytes.byteLength === 0) throw UserError.coded('invalid_input', 'msg.import.empty');
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const table = (PARSERS[ext] ?? parseCsv)(decodeText(bytes).text.replace(/\r\n?/g, '\n'));
  if (table.rows.length === 0) throw UserError.coded('invalid_input', 'msg.import.noRows');
  return table;
}

/** What the user sees before importing a table: its columns, the mapping found, a few rows. */
export function previewTable(bytes: Uint8Array, fileName: string): { columns: string[]; mapping: ColumnMapping; sample: Row[]; rows: number } {
  const table = readTable(bytes, fileName);
  return { columns: table.columns, mapping: detectMapping(table.columns, table.rows), sample: table.rows.slice(0, 3), rows: table.rows.length };
}

function rowArticle(row: Row, mapping: ColumnMapping, index: number, mime: string, fileName: string): ParsedArticle {
  const get = (field: keyof ColumnMapping) => (mapping[field] !== undefined ? (row[mapping[field]]?.trim() ?? '') : '');
  const text = get('text').replace(/\r\n?/g, '\n');
  const title = get('title');
  return {
    title: title ? clipTitle(title) : titleFrom(text, `${fileName} row ${index + 1}`),
    text,
    mime,
    encoding: null,
    publishedAt: isoDay(get('date')),
    url: safeUrl(get('url')),
    author: get('author') || null,
    part: `row ${index + 1}`,
  };
}

export const tabularImporter: Importer = {
  format: 'table',
  extensions: Object.keys(PARSERS),
  parse(bytes, name, options) {
    const table = readTable(bytes, name);
    const mapping = applyChoice(detectMapping(table.columns, table.rows), options.mapping);
    const missing = Object.entries(mapping).find(([, c]) => !table.columns.includes(c));
    const columns = table.columns.join(', ');
    if (missing) {
      throw UserError.coded('invalid_input', 'msg.import.missingColumn', { column: missing[1], columns }, `Column "${missing[1]}" (for ${missing[0]}) is not in the file (columns: ${columns}).`);
    }
    if (options.mapping?.text === null) throw UserError.coded('invalid_input', 'msg.import.textUnmapped');
    if (mapping.text === undefined) {
      // The English text is read on the command line too, where --map is the way to choose.
      throw UserError.coded('invalid_input', 'msg.import.noTextColumn', { columns }, `No column holds the article text (columns: ${columns}); map one, e.g. --map text=COLUMN.`);
    }
    const mime = name.toLowerCase().endsWith('.csv') || name.toLowerCase().endsWith('.tsv') ? 'text/csv' : 'application/json';
    return articles(...table.rows.map((row, i) => rowArticle(row, mapping, i, mime, name)));
  },
};
