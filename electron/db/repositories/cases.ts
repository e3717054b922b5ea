import type { Case } from '../../../shared/domain/schemas';
import type { Db } from '../driver';

interface CaseRow {
  id: number;
  uid: string;
  name: string;
  description: string;
  created_at: string;
  document_count: number;
}

const SELECT_CASE = `
  SELECT c.id, c.uid, c.name, c.description, c.created_at,
         (SELECT count(*) FROM documents d WHERE d.case_id = c.id) AS document_count
  FROM cases c`;

const toCase = (r: CaseRow): Case => ({
  id: r.id,
  uid: r.uid,
  name: r.name,
  description: r.description,
  createdAt: r.created_at,
  documentCount: r.document_count,
});

export function listCases(db: Db): Case[] {
  return (db.prepare(`${SELECT_CASE} ORDER BY c.name COLLATE NOCASE, c.id`).all() as CaseRow[]).map(toCase);
}

export function getCase(db: Db, id: number): Case | undefined {
  const row = db.prepare(`${SELECT_CASE} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  return row && toCase(row);
}

export function findCaseByNameKey(db: Db, nameKey: string): Case | undefined {
  const row = db.prepare(`${SELECT_CASE} WHERE c.name_key = ?`).get(nameKey) as CaseRow | undefined;
  return row && toCase(row);
}

export interface NewCase {
  uid: string;
  origin: string;
  name: string;
  nameKey: string;
  description: string;
  now: string;
}

export function insertCase(db: Db, c: NewCase): number {
  const info = db
    .prepare(
      `INSERT INTO cases (uid, origin, name, name_key, description, created_at, updated_at)
       VALUES (@uid, @origin, @name, @nameKey, @description, @now, @now)`,
    )
    .run(c);
  return Number(info.lastInsertRowid);
}
