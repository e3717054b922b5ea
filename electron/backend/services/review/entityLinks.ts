import { nameKey } from '../../../../shared/domain/nameKey';
import { aliasesOf, deleteAlias, deleteEntity, entityIsReferenced, findAlias, findEntityByAlias, getEntity, insertAlias, insertEntity } from '../../../db/repositories/entities';
import type { Tracker } from './command';

/**
 * The case entity a confirmed name belongs to: an existing one with this alias and type, else a
 * new entity named by it. The surface form is recorded as an alias either way.
 */
export function entityForName(t: Tracker, caseId: number, type: string, surface: string): number {
  const { db, ctx } = t;
  const key = nameKey(surface);
  const found = findEntityByAlias(db, caseId, type, key);
  if (found) return found.id;
  const uid = ctx.uid();
  t.track('entities', uid);
  const id = insertEntity(db, { uid, origin: ctx.archive.archiveId, caseId, type, name: surface.trim(), nameKey: key, now: ctx.now() });
  addAlias(t, id, surface);
  return id;
}

export function addAlias(t: Tracker, entityId: number, surface: string): void {
  const key = nameKey(surface);
  if (key === '' || findAlias(t.db, entityId, key)) return;
  const uid = t.ctx.uid();
  t.track('entity_aliases', uid);
  insertAlias(t.db, { uid, origin: t.ctx.archive.archiveId, entityId, alias: surface.trim(), aliasKey: key });
}

/**
 * An entity no mention or claim points at any more (its only name was rejected, moved or deleted)
 * leaves the register, so it no longer teaches the case gazetteer a name nobody confirmed.
 */
export function dropIfOrphan(t: Tracker, entityId: number | null): void {
  if (entityId === null) return;
  const e = getEntity(t.db, entityId);
  if (!e || entityIsReferenced(t.db, entityId)) return;
  for (const a of aliasesOf(t.db, entityId)) {
    t.track('entity_aliases', a.uid);
    deleteAlias(t.db, a.id);
  }
  t.track('entities', e.uid);
  deleteEntity(t.db, entityId);
}
