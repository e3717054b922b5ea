import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openArchive } from '../../electron/db/connection';
import { MIGRATIONS } from '../../electron/db/migrations';
import { searchDocuments } from '../../electron/db/repositories/search';
import { parseQuery } from '../../shared/search/matchQuery';
import { searchKey, searchStems } from '../../shared/search/searchKey';
import { useTempDir } from '../helpers/tempDir';

/** An archive at an earlier schema version, its search rows written by `stems`, then `seed` run on it. */
function archiveAt(path: string, version: number, stems: (text: string) => string, seed: string): void {
  const raw = new Database(path);
  raw.function('cf_search_key', (t: unknown) => searchKey(String(t)));
  raw.function('cf_search_stems', (t: unknown) => stems(String(t)));
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) raw.exec(m.sql);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma(`user_version = ${version}`);
  raw.exec(`INSERT INTO archive_meta (key, value) VALUES ('archive_id', '01HZZZZZZZZZZZZZZZZZZZZZZZ'); ${seed}`);
  raw.close();
}

/** An archive as a Casefile of schema version 4 left it: one document with three claims, one of them re-dated by a reviewer. */
function version4Archive(path: string): void {
  archiveAt(path, 4, String, `
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
}

/** An archive of schema version 6, whose stems kept every bare proclitic (وبغداد stayed وبغداد). */
function version6Archive(path: string): void {
  archiveAt(path, 6, (text) => searchStems(text), `
    INSERT INTO cases (id, uid, origin, name, name_key, created_at, updated_at) VALUES (1, 'c1', 'o', 'Aid', 'aid', 'now', 'now');
    INSERT INTO files (id, sha256, name, mime, size, bytes, created_at) VALUES (1, printf('%064d', 1), 'a.txt', 'text/plain', 1, x'00', 'now');
    INSERT INTO documents (id, uid, origin, case_id, file_id, file_name, title, text, text_sha256, language, imported_at)
      VALUES (1, 'd1', 'o', 1, 1, 'a.txt', 'قافلة', 'وصلت القافلة إلى الحدود وبغداد تنتظرها.', 'h', 'ar', 'now');
  `);
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

  it('rebuilds the search rows, so a word with an attached proclitic is found by its stem', () => {
    const path = join(tempDir(), 'v6.casefile');
    version6Archive(path);
    const archive = openArchive(path);
    const found = (query: string) =>
      searchDocuments(archive.db, { match: parseQuery(query).match ?? '', caseId: undefined, limit: 10, offset: 0 }).rows.map((r) => r.id);
    expect(found('بغداد')).toEqual([1]);
    expect(found('قافله')).toEqual([1]);
    archive.close();
  });
});
