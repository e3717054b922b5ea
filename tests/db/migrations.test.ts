import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openArchive } from '../../electron/db/connection';
import { MIGRATIONS } from '../../electron/db/migrations';
import { useTempDir } from '../helpers/tempDir';

/** An archive as a Casefile of schema version 4 left it: one document with three claims, one of them re-dated by a reviewer. */
function version4Archive(path: string): void {
  const raw = new Database(path);
  raw.function('cf_search_key', (t: unknown) => String(t));
  raw.function('cf_search_stems', (t: unknown) => String(t));
  for (const m of MIGRATIONS.filter((x) => x.version <= 4)) raw.exec(m.sql);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('user_version = 4');
  raw.exec(`
    INSERT INTO archive_meta (key, value) VALUES ('archive_id', '01HZZZZZZZZZZZZZZZZZZZZZZZ');
    INSERT INTO cases (id, uid, origin, name, name_key, created_at, updated_at) VALUES (1, 'c1', 'o', 'Dam', 'dam', 'now', 'now');
    INSERT INTO files (id, sha256, name, mime, size, bytes, created_at) VALUES (1, printf('%064d', 1), 'a.txt', 'text/plain', 1, x'00', 'now');
    INSERT INTO documents (id, uid, origin, case_id, file_id, file_name, title, text, text_sha256, language, imported_at)
      VALUES (1, 'd1', 'o', 1, 1, 'a.txt', 'Dam', 'قال الوزير أمس إن السد آمن.', 'h', 'ar', 'now');
    INSERT INTO claims (uid, origin, document_id, cue_start, cue_end, content_start, content_end, direct, claim_date, source, created_at, updated_at)
      VALUES ('untouched', 'o', 1, 0, 3, 15, 26, 0, '2024-03-19', 'model', 'now', 'now'),
             ('redated', 'o', 1, 0, 3, 15, 20, 0, '2024-01-05', 'model', 'now', 'later'),
             ('added', 'o', 1, 0, 3, 18, 26, 0, NULL, 'user', 'now', 'now');
    INSERT INTO audit_log (uid, origin, at, actor, action, object_type, object_uid, case_id, document_id, before_json, after_json)
      VALUES ('a1', 'o', 'later', 'me', 'claim.edit', 'claims', 'redated', 1, 1, '{"claim_date":"2024-03-19","status":"unreviewed"}', '{"claim_date":"2024-01-05","status":"unreviewed"}'),
             ('a2', 'o', 'later', 'me', 'claim.edit', 'claims', 'untouched', 1, 1, '{"claim_date":"2024-03-19","status":"unreviewed"}', '{"claim_date":"2024-03-19","status":"verified"}');
    INSERT INTO case_models (case_id, language, adaptation, documents, updated_at) VALUES (1, 'ar', x'01', 1, 'now');
  `);
  raw.close();
}

describe('migrations from an earlier schema', () => {
  const tempDir = useTempDir();

  it('marks claim dates set by hand (added claims, audited date edits) and gives old case models an empty fingerprint', () => {
    const path = join(tempDir(), 'v4.casefile');
    version4Archive(path);
    const archive = openArchive(path);
    const sources = archive.db.prepare('SELECT uid, date_source FROM claims ORDER BY uid').all();
    expect(sources).toEqual([
      { uid: 'added', date_source: 'user' },
      { uid: 'redated', date_source: 'user' },
      { uid: 'untouched', date_source: 'model' },
    ]);
    expect(archive.db.prepare('SELECT fingerprint FROM case_models').pluck().all()).toEqual(['']);
    expect(archive.schemaVersion).toBe(MIGRATIONS.length);
    archive.close();
  });
});
