import type { CaseExport } from '../../../shared/domain/schemas';
import { listDocumentIds } from '../../db/repositories/documents';
import type { BackendContext } from '../context';
import { requireCase } from './cases';
import { requireDocument } from './documents';

/** The whole case as one JSON document: metadata, every document with its text and file facts. */
export function exportCase(ctx: BackendContext, caseId: number): CaseExport {
  const db = ctx.archive.db;
  // One read transaction so the export is a consistent snapshot even while imports run.
  return db.transaction(() => ({
    format: 'casefile-case' as const,
    formatVersion: 1 as const,
    exportedAt: ctx.now(),
    archiveId: ctx.archive.archiveId,
    case: requireCase(ctx, caseId),
    documents: listDocumentIds(db, caseId).map((id) => requireDocument(ctx, id)),
  }))();
}
