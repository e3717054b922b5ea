import type { Migration } from './migration';

/** Schema v1: cases, documents with their original files, annotations, review and audit. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE archive_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  file_id INTEGER NOT NULL REFERENCES files(id),
  file_name TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('ar', 'en', 'und')),
  published_at TEXT,
  author TEXT,
  outlet TEXT,
  url TEXT,
  encoding TEXT,
  imported_at TEXT NOT NULL,
  UNIQUE (case_id, file_id)
) STRICT;
CREATE INDEX documents_by_case ON documents(case_id, id);
CREATE INDEX documents_by_text ON documents(case_id, text_sha256);
CREATE INDEX documents_by_file ON documents(file_id);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC', 'DATE')),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX entities_by_case ON entities(case_id, type, name_key);

CREATE TABLE entity_aliases (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  UNIQUE (entity_id, alias_key)
) STRICT;
CREATE INDEX entity_aliases_by_key ON entity_aliases(alias_key);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL CHECK (end > start),
  type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC', 'DATE')),
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected')),
  source TEXT NOT NULL CHECK (source IN ('model', 'gazetteer', 'user')),
  confidence REAL,
  value TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX mentions_by_document ON mentions(document_id, start);
CREATE INDEX mentions_by_entity ON mentions(entity_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  speaker_text TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL CHECK (content_end > content_start),
  direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
  medium TEXT,
  reported_via TEXT,
  claim_date TEXT,
  confidence REAL,
  source TEXT NOT NULL CHECK (source IN ('model', 'user')),
  status TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (status IN ('unreviewed', 'verified', 'disputed', 'false', 'unverifiable')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX claims_by_document ON claims(document_id, content_start);
CREATE INDEX claims_by_speaker ON claims(speaker_entity_id);

CREATE TABLE claim_links (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  target_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  target_document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  relation TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts', 'duplicates')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK ((target_claim_id IS NULL) <> (target_document_id IS NULL))
) STRICT;
CREATE INDEX claim_links_by_claim ON claim_links(claim_id);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  UNIQUE (case_id, name)
) STRICT;

CREATE TABLE document_tags (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, tag_id)
) STRICT;

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_uid TEXT NOT NULL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_by_object ON audit_log(object_type, object_uid);
CREATE INDEX audit_by_document ON audit_log(document_id);

-- Search over normalised copies (see electron/db/searchText.ts); rowid = documents.id.
-- Contentless: the original text lives in documents, snippets are cut from it.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, body, stems,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, body, stems)
  VALUES (new.id, cf_search_key(new.title), cf_search_key(new.text), cf_search_stems(new.title || ' ' || new.text));
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.id;
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.id;
  INSERT INTO documents_fts(rowid, title, body, stems)
  VALUES (new.id, cf_search_key(new.title), cf_search_key(new.text), cf_search_stems(new.title || ' ' || new.text));
END;
`,
};
