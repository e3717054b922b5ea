import type { Migration } from './migration';

/**
 * The stems column now also drops a bare proclitic where the news vocabulary says so (وبغداد is
 * indexed as بغداد), so every document's search row is rebuilt with the current cf_search_stems.
 * Rerun the same two statements whenever the shipped vocabulary changes.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'search-proclitic-stems',
  sql: `
INSERT INTO documents_fts(documents_fts) VALUES ('delete-all');
INSERT INTO documents_fts(rowid, title, body, stems)
  SELECT id, cf_search_key(title), cf_search_key(text), cf_search_stems(title || ' ' || text) FROM documents;
`,
};
