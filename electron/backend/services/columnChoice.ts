import type { ColumnChoice } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { tabularImporter } from '../../importers/tabular';
import { titleFrom } from '../../importers/title';
import { MAPPED_FIELDS, type ColumnMapping, type ParseResult } from '../../importers/types';

type Field = (typeof MAPPED_FIELDS)[number];

/** The user's columns, for the importer (which fills the other fields from detection), and the fields mapped to none. */
export interface SplitChoice {
  mapping: ColumnMapping | undefined;
  none: Field[];
}

export function splitChoice(choice: ColumnChoice | undefined): SplitChoice {
  if (!choice) return { mapping: undefined, none: [] };
  const mapping: ColumnMapping = {};
  const none: Field[] = [];
  for (const field of MAPPED_FIELDS) {
    const column = choice[field];
    if (column === null) none.push(field);
    else if (column !== undefined) mapping[field] = column;
  }
  return { mapping, none };
}

const isTable = (fileName: string): boolean => tabularImporter.extensions.includes(fileName.toLowerCase().split('.').pop() ?? '');

/**
 * Leaves out of a table's rows the fields the user mapped to none: the importer filled them from
 * the detected columns. A row's title then comes from its text, as when no column was found.
 */
export function withoutUnmapped(parsed: ParseResult, fileName: string, none: readonly Field[]): ParseResult {
  if (none.length === 0 || parsed.kind !== 'articles' || !isTable(fileName)) return parsed;
  if (none.includes('text')) throw new UserError('invalid_input', 'The text is mapped to no column; map the column that holds the article text.');
  const cleared = parsed.articles.map((a) => ({
    ...a,
    ...(none.includes('title') && { title: titleFrom(a.text, `${fileName} ${a.part ?? ''}`.trim()) }),
    ...(none.includes('date') && { publishedAt: null }),
    ...(none.includes('url') && { url: null }),
    ...(none.includes('author') && { author: null }),
  }));
  return { kind: 'articles', articles: cleared };
}
