import type { Db } from '../driver';

/** Tables whose rows review commands (and metadata edits, re-decoding) change and undo can restore. */
export const TRACKED_TABLES = ['documents', 'mentions', 'entities', 'entity_aliases', 'claims', 'claim_links', 'notes'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];
export type Row = Record<string, unknown>;

const columnsCache = new WeakMap<Db, Map<string, string[]>>();

function columns(db: Db, table: TrackedTable): string[] {
  let perDb = columnsCache.get(db);
  if (!perDb) columnsCache.set(db, (perDb = new Map()));
  let cols = perDb.get(table);
  if (!cols) {
    cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    perDb.set(table, cols);
  }
  return cols;
}

export function readRow(db: Db, table: TrackedTable, uid: string): Row | null {
  return (db.prepare(`SELECT * FROM ${table} WHERE uid = ?`).get(uid) as Row | undefined) ?? null;
}

/** Puts a row back exactly as snapshotted (same id), or removes it when the snapshot is null. */
export function restoreRow(db: Db, table: TrackedTable, uid: string, snapshot: Row | null): void {
  if (snapshot === null) {
    db.prepare(`DELETE FROM ${table} WHERE uid = ?`).run(uid);
    return;
  }
  const cols = columns(db, table).filter((c) => c in snapshot);
  const values = cols.map((c) => snapshot[c] as never);
  // UPDATE in place when the row exists: REPLACE would delete it first and cascade to its children.
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE uid = ?`).get(uid);
  if (exists) {
    const sets = cols.filter((c) => c !== 'uid').map((c) => `${c} = ?`);
    db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE uid = ?`).run(...cols.filter((c) => c !== 'uid').map((c) => snapshot[c] as never), uid);
  } else {
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
  }
}
