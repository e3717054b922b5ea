import type { Case } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { normalizeForSearch } from '../../../shared/nlp/normalize';
import { findCaseByNameKey, getCase, insertCase, listCases } from '../../db/repositories/cases';
import type { BackendContext } from '../context';
import { audit } from './audit';

/** Two names that differ only in case, hamza forms, harakat or spacing name the same case. */
const caseNameKey = (name: string): string => normalizeForSearch(name).replace(/\s+/g, ' ').trim();

export function listAllCases(ctx: BackendContext): Case[] {
  return listCases(ctx.archive.db);
}

export function createCase(ctx: BackendContext, name: string, description: string): Case {
  const db = ctx.archive.db;
  const trimmed = name.trim();
  return db.transaction(() => {
    const nameKey = caseNameKey(trimmed);
    if (findCaseByNameKey(db, nameKey)) throw UserError.coded('conflict', 'msg.error.caseExists', { name: trimmed });
    const uid = ctx.uid();
    const id = insertCase(db, { uid, origin: ctx.archive.archiveId, name: trimmed, nameKey, description, now: ctx.now() });
    audit(ctx, { action: 'case.create', objectType: 'case', objectUid: uid, caseId: id, after: { name: trimmed, description } });
    return requireCase(ctx, id);
  })();
}

export function requireCase(ctx: BackendContext, id: number): Case {
  const found = getCase(ctx.archive.db, id);
  if (!found) throw UserError.coded('not_found', 'msg.error.caseMissing', { id: String(id) });
  return found;
}

export function findCaseByName(ctx: BackendContext, name: string): Case | undefined {
  return findCaseByNameKey(ctx.archive.db, caseNameKey(name));
}
