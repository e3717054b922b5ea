import type { Db } from '../driver';

export interface EntityRow {
  id: number;
  uid: string;
  case_id: number;
  type: string;
  name: string;
  name_key: string;
}

export function getEntity(db: Db, id: number): EntityRow | undefined {
  return db.prepare('SELECT id, uid, case_id, type, name, name_key FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
}

/** The case's entity of this type that has this alias (normalised), if any. */
export function findEntityByAlias(db: Db, caseId: number, type: string, aliasKey: string): EntityRow | undefined {
  return db
    .prepare(
      `SELECT e.id, e.uid, e.case_id, e.type, e.name, e.name_key FROM entities e
       JOIN entity_aliases a ON a.entity_id = e.id
       WHERE e.case_id = ? AND e.type = ? AND a.alias_key = ? ORDER BY e.id LIMIT 1`,
    )
    .get(caseId, type, aliasKey) as EntityRow | undefined;
}

export function insertEntity(db: Db, e: { uid: string; origin: string; caseId: number; type: string; name: string; nameKey: string; now: string }): number {
  return Number(
    db
      .prepare('INSERT INTO entities (uid, origin, case_id, type, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.uid, e.origin, e.caseId, e.type, e.name, e.nameKey, e.now, e.now).lastInsertRowid,
  );
}

export function updateEntity(db: Db, id: number, fields: { name?: string; nameKey?: string; type?: string; now: string }): void {
  db.prepare('UPDATE entities SET name = coalesce(?, name), name_key = coalesce(?, name_key), type = coalesce(?, type), updated_at = ? WHERE id = ?').run(
    fields.name ?? null,
    fields.nameKey ?? null,
    fields.type ?? null,
    fields.now,
    id,
  );
}

export function deleteEntity(db: Db, id: number): void {
  db.prepare('DELETE FROM entities WHERE id = ?').run(id);
}

export interface AliasRow {
  id: number;
  uid: string;
  entity_id: number;
  alias: string;
  alias_key: string;
}

export function aliasesOf(db: Db, entityId: number): AliasRow[] {
  return db.prepare('SELECT id, uid, entity_id, alias, alias_key FROM entity_aliases WHERE entity_id = ? ORDER BY id').all(entityId) as AliasRow[];
}

export function findAlias(db: Db, entityId: number, aliasKey: string): AliasRow | undefined {
  return db.prepare('SELECT id, uid, entity_id, alias, alias_key FROM entity_aliases WHERE entity_id = ? AND alias_key = ?').get(entityId, aliasKey) as AliasRow | undefined;
}

export function insertAlias(db: Db, a: { uid: string; origin: string; entityId: number; alias: string; aliasKey: string }): void {
  db.prepare('INSERT INTO entity_aliases (uid, origin, entity_id, alias, alias_key) VALUES (?, ?, ?, ?, ?)').run(a.uid, a.origin, a.entityId, a.alias, a.aliasKey);
}

export function moveAlias(db: Db, aliasId: number, entityId: number): void {
  db.prepare('UPDATE entity_aliases SET entity_id = ? WHERE id = ?').run(entityId, aliasId);
}

export function deleteAlias(db: Db, aliasId: number): void {
  db.prepare('DELETE FROM entity_aliases WHERE id = ?').run(aliasId);
}

export interface RegisterRow {
  id: number;
  uid: string;
  type: string;
  name: string;
  mention_count: number;
  document_count: number;
}

/** The case's entity register with counts of accepted and suggested mentions linked to each. */
export function listRegister(db: Db, caseId: number): RegisterRow[] {
  return db
    .prepare(
      `SELECT e.id, e.uid, e.type, e.name,
              count(m.id) AS mention_count, count(DISTINCT m.document_id) AS document_count
       FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id AND m.status != 'rejected'
       WHERE e.case_id = ? GROUP BY e.id ORDER BY e.type, e.name`,
    )
    .all(caseId) as RegisterRow[];
}

export function mentionUidsOfEntity(db: Db, entityId: number): { id: number; uid: string; document_id: number; text: string }[] {
  return db
    .prepare(
      `SELECT m.id, m.uid, m.document_id, substr(d.text, m.start + 1, m.end - m.start) AS text
       FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ?`,
    )
    .all(entityId) as { id: number; uid: string; document_id: number; text: string }[];
}

/** Every alias of the case's entities, in one query (the register and the case gazetteer). */
export function caseAliases(db: Db, caseId: number): { id: number; entity_id: number; alias: string; type: string }[] {
  return db
    .prepare(
      `SELECT a.id, a.entity_id, a.alias, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE e.case_id = ? ORDER BY a.id`,
    )
    .all(caseId) as { id: number; entity_id: number; alias: string; type: string }[];
}

/** Which documents each of the case's entities is named in (rejected mentions aside), in one query. */
export function caseEntityDocuments(db: Db, caseId: number): { entity_id: number; document_id: number }[] {
  return db
    .prepare(
      `SELECT DISTINCT m.entity_id, m.document_id FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE e.case_id = ? AND m.status != 'rejected' ORDER BY m.document_id`,
    )
    .all(caseId) as { entity_id: number; document_id: number }[];
}

/** Whether any mention or claim still points at the entity. */
export function entityIsReferenced(db: Db, entityId: number): boolean {
  return (
    db
      .prepare('SELECT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?) OR EXISTS (SELECT 1 FROM claims WHERE speaker_entity_id = ?)')
      .pluck()
      .get(entityId, entityId) === 1
  );
}

/** The case's person or organisation with this alias (normalised): who a claim's speaker is. */
export function findSpeakerEntity(db: Db, caseId: number, aliasKey: string): number | undefined {
  return db
    .prepare(
      `SELECT e.id FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
       WHERE e.case_id = ? AND a.alias_key = ? AND e.type IN ('PER', 'ORG') ORDER BY e.id LIMIT 1`,
    )
    .pluck()
    .get(caseId, aliasKey) as number | undefined;
}
