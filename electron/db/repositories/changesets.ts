import type { Db } from '../driver';
import type { Row, TrackedTable } from './rows';

export interface RowChange {
  table: TrackedTable;
  uid: string;
  before: Row | null;
  after: Row | null;
}

export interface Changeset {
  id: number;
  uid: string;
  caseId: number;
  at: string;
  actor: string;
  action: string;
  description: string;
  changes: RowChange[];
  undone: boolean;
}

interface ChangesetRow {
  id: number;
  uid: string;
  case_id: number;
  at: string;
  actor: string;
  action: string;
  description: string;
  changes_json: string;
  undone: number;
}

const toChangeset = (r: ChangesetRow): Changeset => ({
  id: r.id,
  uid: r.uid,
  caseId: r.case_id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  description: r.description,
  changes: JSON.parse(r.changes_json) as RowChange[],
  undone: r.undone === 1,
});

export function insertChangeset(db: Db, c: Omit<Changeset, 'id' | 'undone'> & { origin: string }): void {
  db.prepare(
    `INSERT INTO changesets (uid, origin, case_id, at, actor, action, description, changes_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.uid, c.origin, c.caseId, c.at, c.actor, c.action, c.description, JSON.stringify(c.changes));
}

/** A new command after undos makes the undone ones unreachable: they are dropped. */
export function dropRedoable(db: Db, caseId: number): void {
  db.prepare('DELETE FROM changesets WHERE case_id = ? AND undone = 1').run(caseId);
}

export function lastActive(db: Db, caseId: number): Changeset | undefined {
  const r = db.prepare('SELECT * FROM changesets WHERE case_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1').get(caseId) as ChangesetRow | undefined;
  return r && toChangeset(r);
}

export function firstUndone(db: Db, caseId: number): Changeset | undefined {
  const r = db.prepare('SELECT * FROM changesets WHERE case_id = ? AND undone = 1 ORDER BY id ASC LIMIT 1').get(caseId) as ChangesetRow | undefined;
  return r && toChangeset(r);
}

export function setUndone(db: Db, id: number, undone: boolean): void {
  db.prepare('UPDATE changesets SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id);
}

/**
 * How many steps undo and redo have, and what the next of each would do. The descriptions are read
 * alone: a changeset's rows (a document's whole text, say) are not parsed just to name it.
 */
export function countHistory(db: Db, caseId: number): { undo: number; redo: number; undoDescription: string | null; redoDescription: string | null } {
  const r = db
    .prepare(
      `SELECT sum(undone = 0) AS undo, sum(undone = 1) AS redo,
         (SELECT description FROM changesets WHERE case_id = @caseId AND undone = 0 ORDER BY id DESC LIMIT 1) AS undoDescription,
         (SELECT description FROM changesets WHERE case_id = @caseId AND undone = 1 ORDER BY id ASC LIMIT 1) AS redoDescription
       FROM changesets WHERE case_id = @caseId`,
    )
    .get({ caseId }) as { undo: number | null; redo: number | null; undoDescription: string | null; redoDescription: string | null };
  return { undo: r.undo ?? 0, redo: r.redo ?? 0, undoDescription: r.undoDescription, redoDescription: r.redoDescription };
}
