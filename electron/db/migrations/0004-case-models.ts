import type { Migration } from './migration';

/**
 * What a case's reviewers taught the model: per case and language, the weight changes learnt from
 * its corrected documents (a small delta over the shipped model, never a copy of it).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'case-models',
  sql: `
CREATE TABLE case_models (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
  adaptation BLOB NOT NULL,
  documents INTEGER NOT NULL CHECK (documents >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (case_id, language)
) STRICT;
`,
};
