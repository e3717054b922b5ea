import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../shared/ipc/result';
import { searchKey, searchStems } from '../../shared/search/searchKey';
import { newsRank } from '../nlp/models';
import { Driver, type Db } from './driver';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { newUid } from './ids';

/** 'CFA1': marks a SQLite file as a Casefile archive (PRAGMA application_id). */
export const APPLICATION_ID = 0x43464131;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface OpenArchiveOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
}

export interface Archive {
  db: Db;
  path: string;
  archiveId: string;
  schemaVersion: number;
  close(): void;
}

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_MAGIC) {
      throw new UserError('archive_invalid', `${path} is not a Casefile archive (not an SQLite database).`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads application_id and user_version without writing anything, and refuses what we must not touch. */
function checkExisting(path: string, options: OpenArchiveOptions): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  assertLooksLikeSqlite(path);
  const probe = new Driver(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID && !(appId === 0 && version === 0)) {
      throw new UserError('archive_invalid', `${path} is an SQLite database but not a Casefile archive.`);
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new UserError(
        'archive_newer',
        `${path} was written by a newer version of Casefile (archive schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Casefile to open it; the archive was not changed.`,
      );
    }
  } finally {
    probe.close();
  }
}

function registerFunctions(db: Db): void {
  db.function('cf_search_key', { deterministic: true }, (text: unknown) => searchKey(String(text ?? '')));
  // Stems depend on the news vocabulary shipped with the NER model (newsRank). A model with another
  // vocabulary changes them: existing archives then need their search rows rebuilt, as migration 0007 does.
  db.function('cf_search_stems', { deterministic: true }, (text: unknown) => searchStems(String(text ?? ''), newsRank));
}

/** Applies pending migrations and the archive's identity in one transaction. */
function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    if (current === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      const insert = db.prepare('INSERT INTO archive_meta (key, value) VALUES (?, ?)');
      insert.run('archive_id', newUid());
      insert.run('created_at', new Date().toISOString());
    }
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  })();
}

/** Opens (creating if needed) an archive: WAL, foreign keys, migrated to the latest schema. */
export function openArchive(path: string, options: OpenArchiveOptions = {}): Archive {
  checkExisting(path, options);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Driver(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    registerFunctions(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const row = db.prepare("SELECT value FROM archive_meta WHERE key = 'archive_id'").get() as { value: string } | undefined;
  if (!row) {
    db.close();
    throw new UserError('archive_invalid', `${path} has no archive id; it is damaged or not a Casefile archive.`);
  }
  return {
    db,
    path,
    archiveId: row.value,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    close: () => db.close(),
  };
}
