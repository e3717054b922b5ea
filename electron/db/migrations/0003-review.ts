import type { Migration } from './migration';

/**
 * Review history: every review command is one changeset holding the before and after snapshots
 * of the rows it touched, so it can be undone and redone, also after a restart.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'review',
  sql: `
CREATE TABLE changesets (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  description TEXT NOT NULL,
  changes_json TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX changesets_by_case ON changesets(case_id, undone, id);
CREATE INDEX mentions_by_status ON mentions(document_id, status);
CREATE INDEX entity_aliases_by_entity ON entity_aliases(entity_id);
CREATE INDEX audit_by_case ON audit_log(case_id, id);
`,
};
