import type { Document, DocumentSummary } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { countDocuments, getDocument, listDocuments } from '../../db/repositories/documents';
import type { BackendContext } from '../context';
import { requireCase } from './cases';

export function listCaseDocuments(
  ctx: BackendContext,
  caseId: number,
  offset: number,
  limit: number,
): { total: number; items: DocumentSummary[] } {
  requireCase(ctx, caseId);
  const db = ctx.archive.db;
  return { total: countDocuments(db, caseId), items: listDocuments(db, caseId, offset, limit) };
}

export function requireDocument(ctx: BackendContext, id: number): Document {
  const doc = getDocument(ctx.archive.db, id);
  if (!doc) throw new UserError('not_found', `Document #${id} does not exist.`);
  return doc;
}
