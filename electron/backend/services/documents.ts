import type { Document } from '../../../shared/domain/schemas';
import type { Output, ParsedInput } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { countDocuments, countFilteredDocuments, getDocument, listDocuments, listOutlets } from '../../db/repositories/documents';
import type { BackendContext } from '../context';
import { requireCase } from './cases';

export function listCaseDocuments(ctx: BackendContext, query: ParsedInput<'app:documents.list'>): Output<'app:documents.list'> {
  requireCase(ctx, query.caseId);
  const db = ctx.archive.db;
  return {
    total: countFilteredDocuments(db, query.caseId, query.filter),
    caseTotal: countDocuments(db, query.caseId),
    items: listDocuments(db, query.caseId, query),
    outlets: listOutlets(db, query.caseId),
  };
}

export function requireDocument(ctx: BackendContext, id: number): Document {
  const doc = getDocument(ctx.archive.db, id);
  if (!doc) throw UserError.coded('not_found', 'msg.error.documentMissing', { id });
  return doc;
}
