import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openArchive } from '../../electron/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { useTempDir } from '../helpers/tempDir';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('archive', () => {
  const tempDir = useTempDir();

  it('creates a migrated archive with WAL, foreign keys, application_id and an archive id', () => {
    const archive = openArchive(join(tempDir(), 'new.casefile'));
    const { db } = archive;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(archive.archiveId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'documents_fts%'").pluck().all();
    for (const t of ['cases', 'documents', 'files', 'entities', 'entity_aliases', 'mentions', 'claims', 'claim_links', 'tags', 'notes', 'audit_log']) {
      expect(tables).toContain(t);
    }
    archive.close();
  });

  it('declares every table STRICT, so a wrong type is refused', () => {
    const archive = openArchive(join(tempDir(), 'strict.casefile'));
    const { db } = archive;
    const nonStrict = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT%' AND name NOT LIKE 'documents_fts%' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all();
    expect(nonStrict).toEqual([]);
    expect(() =>
      db.prepare("INSERT INTO files (sha256, name, mime, size, bytes, created_at) VALUES (printf('%064d', 1), 'n', 'm', 'large', x'00', 'now')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    archive.close();
  });

  it('enforces foreign keys', () => {
    const archive = openArchive(join(tempDir(), 'fk.casefile'));
    expect(() =>
      archive.db
        .prepare(
          "INSERT INTO documents (uid, origin, case_id, file_id, file_name, title, text, text_sha256, language, imported_at) VALUES ('u','o',99,99,'f','t','x','h','en','now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    archive.close();
  });

  it('reopens an existing archive without re-running migrations and keeps its id', () => {
    const path = join(tempDir(), 'reopen.casefile');
    const first = openArchive(path);
    const id = first.archiveId;
    first.close();
    const second = openArchive(path);
    expect(second.archiveId).toBe(id);
    second.close();
  });

  it('refuses an archive written by a newer version and leaves its bytes untouched', () => {
    const path = join(tempDir(), 'newer.casefile');
    openArchive(path).close();
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha(path);
    expect(() => openArchive(path)).toThrow(/newer version of Casefile.*was not changed/s);
    expect(sha(path)).toBe(before);
  });

  it('refuses a SQLite file that is not a Casefile archive, and a file that is not SQLite', () => {
    const dir = tempDir();
    const other = join(dir, 'other.db');
    const raw = new Database(other);
    raw.pragma('application_id = 12345');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openArchive(other)).toThrow(/not a Casefile archive/);
    const text = join(dir, 'notes.casefile');
    writeFileSync(text, 'just some notes, not a database at all');
    expect(() => openArchive(text)).toThrow(/not a Casefile archive \(not an SQLite database\)/);
  });

  it('numbers migrations 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('rolls back a failing migration as a whole', () => {
    const path = join(tempDir(), 'rollback.casefile');
    // A table the first migration also creates makes it fail half-way.
    const raw = new Database(path);
    raw.exec('CREATE TABLE notes (x)');
    raw.close();
    expect(() => openArchive(path)).toThrow(/already exists/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'cases'").pluck().get()).toBe(0);
    check.close();
  });
});
