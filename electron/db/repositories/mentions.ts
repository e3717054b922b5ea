import type { Mention } from '../../../shared/domain/schemas';
import type { Db } from '../driver';

interface MentionRow {
  id: number;
  uid: string;
  document_id: number;
  entity_id: number | null;
  start: number;
  end: number;
  type: Mention['type'];
  status: Mention['status'];
  source: Mention['source'];
  confidence: number | null;
  value: string | null;
  text: string;
}

export function listMentions(db: Db, documentId: number): Mention[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.uid, m.document_id, m.entity_id, m.start, m.end, m.type, m.status, m.source, m.confidence, m.value,
              substr(d.text, m.start + 1, m.end - m.start) AS text
       FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.document_id = ? ORDER BY m.start, m.end DESC`,
    )
    .all(documentId) as MentionRow[];
  return rows.map((r) => ({
    id: r.id,
    uid: r.uid,
    documentId: r.document_id,
    entityId: r.entity_id,
    start: r.start,
    end: r.end,
    text: r.text,
    type: r.type,
    status: r.status,
    source: r.source,
    confidence: r.confidence,
    value: r.value,
  }));
}

/** Drops the model's suggestions nobody has reviewed, before a fresh extraction replaces them. */
export function deleteUnreviewedModelMentions(db: Db, documentId: number): void {
  db.prepare("DELETE FROM mentions WHERE document_id = ? AND source IN ('model', 'gazetteer') AND status = 'suggested'").run(documentId);
}

/** Spans already present (reviewed or the user's own), so a new suggestion never repeats one. */
export function mentionSpanKeys(db: Db, documentId: number): Set<string> {
  const rows = db.prepare('SELECT start, end FROM mentions WHERE document_id = ?').all(documentId) as { start: number; end: number }[];
  return new Set(rows.map((r) => `${r.start}:${r.end}`));
}

export interface NewMention {
  uid: string;
  origin: string;
  documentId: number;
  start: number;
  end: number;
  type: Mention['type'];
  source: Mention['source'];
  confidence: number | null;
  value: string | null;
  now: string;
}

export function insertMention(db: Db, m: NewMention): void {
  db.prepare(
    `INSERT INTO mentions (uid, origin, document_id, start, end, type, status, source, confidence, value, created_at, updated_at)
     VALUES (@uid, @origin, @documentId, @start, @end, @type, 'suggested', @source, @confidence, @value, @now, @now)`,
  ).run(m);
}

export interface MentionRef {
  id: number;
  uid: string;
  document_id: number;
  case_id: number;
  start: number;
  end: number;
  type: Mention['type'];
  status: Mention['status'];
  entity_id: number | null;
  text: string;
}

const MENTION_REF = `SELECT m.id, m.uid, m.document_id, d.case_id, m.start, m.end, m.type, m.status, m.entity_id,
                            substr(d.text, m.start + 1, m.end - m.start) AS text
                     FROM mentions m JOIN documents d ON d.id = m.document_id`;

export function getMentionRef(db: Db, id: number): MentionRef | undefined {
  return db.prepare(`${MENTION_REF} WHERE m.id = ?`).get(id) as MentionRef | undefined;
}

export function mentionRefsOfCase(db: Db, caseId: number, documentId: number | null): MentionRef[] {
  return db.prepare(`${MENTION_REF} WHERE d.case_id = ? AND (? IS NULL OR m.document_id = ?)`).all(caseId, documentId, documentId) as MentionRef[];
}

export function updateMention(
  db: Db,
  id: number,
  f: { status?: Mention['status']; type?: Mention['type']; start?: number; end?: number; entityId?: number | null; now: string },
): void {
  const current = db.prepare('SELECT status, type, start, end, entity_id FROM mentions WHERE id = ?').get(id) as {
    status: string;
    type: string;
    start: number;
    end: number;
    entity_id: number | null;
  };
  db.prepare('UPDATE mentions SET status = ?, type = ?, start = ?, end = ?, entity_id = ?, updated_at = ? WHERE id = ?').run(
    f.status ?? current.status,
    f.type ?? current.type,
    f.start ?? current.start,
    f.end ?? current.end,
    f.entityId === undefined ? current.entity_id : f.entityId,
    f.now,
    id,
  );
}

export function insertUserMention(db: Db, m: Omit<NewMention, 'source' | 'confidence' | 'value'> & { status: Mention['status'] }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO mentions (uid, origin, document_id, start, end, type, status, source, confidence, value, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'user', NULL, NULL, ?, ?)`,
      )
      .run(m.uid, m.origin, m.documentId, m.start, m.end, m.type, m.status, m.now, m.now).lastInsertRowid,
  );
}

export function deleteMention(db: Db, id: number): void {
  db.prepare('DELETE FROM mentions WHERE id = ?').run(id);
}

/** Normalisation happens in the caller; this lists the case's rejected surface texts. */
export function rejectedTexts(db: Db, caseId: number): string[] {
  return db
    .prepare(
      `SELECT DISTINCT substr(d.text, m.start + 1, m.end - m.start) FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE d.case_id = ? AND m.status = 'rejected'`,
    )
    .pluck()
    .all(caseId) as string[];
}

export function setMentionsType(db: Db, entityId: number, type: Mention['type'], now: string): void {
  db.prepare('UPDATE mentions SET type = ?, updated_at = ? WHERE entity_id = ?').run(type, now, entityId);
}

export function setMentionValue(db: Db, id: number, value: string | null, now: string): void {
  db.prepare('UPDATE mentions SET value = ?, updated_at = ? WHERE id = ?').run(value, now, id);
}
