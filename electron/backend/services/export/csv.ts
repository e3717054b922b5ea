/** A table to write as CSV: a header row and rows of cells (null is an empty cell). */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}
export type CsvCell = string | number | boolean | null;

/** Excel reads a UTF-8 file as the system code page unless it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts like a formula; article text may be hostile, so such
// cells get a leading apostrophe (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(cell: CsvCell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole table as RFC 4180 CSV (CRLF line ends), starting with a UTF-8 byte order mark. */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
