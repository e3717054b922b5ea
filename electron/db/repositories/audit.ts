import type { Db } from '../driver';

export interface AuditRow {
  uid: string;
  origin: string;
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectUid: string;
  before: unknown;
  after: unknown;
}

export interface AuditEvent extends AuditRow {
  caseId: number | null;
  documentId: number | null;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

export function appendAudit(db: Db, e: AuditEvent): void {
  db.prepare(
    `INSERT INTO audit_log (uid, origin, at, actor, action, object_type, object_uid, case_id, document_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.uid, e.origin, e.at, e.actor, e.action, e.objectType, e.objectUid, e.caseId, e.documentId, json(e.before), json(e.after));
}

interface RawAudit {
  uid: string;
  origin: string;
  at: string;
  actor: string;
  action: string;
  object_type: string;
  object_uid: string;
  before_json: string | null;
  after_json: string | null;
}

const toAuditRow = (r: RawAudit): AuditRow => ({
  uid: r.uid,
  origin: r.origin,
  at: r.at,
  actor: r.actor,
  action: r.action,
  objectType: r.object_type,
  objectUid: r.object_uid,
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
});

export function listAuditForCase(db: Db, caseId: number): AuditRow[] {
  const rows = db
    .prepare('SELECT uid, origin, at, actor, action, object_type, object_uid, before_json, after_json FROM audit_log WHERE case_id = ? ORDER BY id')
    .all(caseId) as RawAudit[];
  return rows.map(toAuditRow);
}

/** Audit entries about a document, or about a set of objects (an entity, its aliases and mentions). */
export function listAudit(db: Db, where: { documentId: number } | { objectUids: readonly string[] }): AuditRow[] {
  const rows =
    'documentId' in where
      ? db.prepare('SELECT uid, origin, at, actor, action, object_type, object_uid, before_json, after_json FROM audit_log WHERE document_id = ? ORDER BY id').all(where.documentId)
      : db
          .prepare(
            'SELECT uid, origin, at, actor, action, object_type, object_uid, before_json, after_json FROM audit_log WHERE object_uid IN (SELECT value FROM json_each(?)) ORDER BY id',
          )
          .all(JSON.stringify(where.objectUids));
  return (rows as RawAudit[]).map(toAuditRow);
}
