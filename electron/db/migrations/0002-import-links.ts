import type { Migration } from './migration';

/**
 * Schema v2, for importers: where a document came from inside its file (a CSV row, a zip entry;
 * such parts are stored as their own files linked to the container file),
 * the message it was attached to, how sure the encoding detection was, and near-duplicate links
 * found by MinHash (signatures and LSH band keys, so a lookup reads a few index rows, not the case).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'import-links',
  sql: `
ALTER TABLE files ADD COLUMN container_file_id INTEGER REFERENCES files(id);
CREATE INDEX files_by_container ON files(container_file_id) WHERE container_file_id IS NOT NULL;
ALTER TABLE documents ADD COLUMN source_part TEXT;
ALTER TABLE documents ADD COLUMN encoding_confidence REAL;
ALTER TABLE documents ADD COLUMN parent_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN near_duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN near_duplicate_similarity REAL;
CREATE INDEX documents_by_parent ON documents(parent_document_id) WHERE parent_document_id IS NOT NULL;
CREATE INDEX documents_by_near_duplicate ON documents(near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;

CREATE TABLE document_minhash (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
) STRICT;

CREATE TABLE document_minhash_bands (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (case_id, band, hash, document_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX document_minhash_bands_by_document ON document_minhash_bands(document_id);
`,
};
