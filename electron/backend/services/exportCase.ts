import type { CaseExport } from '../../../shared/domain/schemas';
import { listAuditForCase } from '../../db/repositories/audit';
import { listDocumentIds } from '../../db/repositories/documents';
import { listMentions } from '../../db/repositories/mentions';
import type { BackendContext } from '../context';
import { requireCase } from './cases';
import { requireDocument } from './documents';
import { documentClaims } from './review/claims';
import { register } from './review/register';

/**
 * The whole case as one JSON document: every document with its text, file facts, mentions (status
 * and source) and claims (status, note, evidence links); the entity register; the audit log.
 * Read only; reports progress per document under operationId.
 */
export function exportCase(ctx: BackendContext, caseId: number, operationId?: string): CaseExport {
  const db = ctx.archive.db;
  // One read transaction so the export is a consistent snapshot even while imports run.
  return db.transaction(() => {
    const kase = requireCase(ctx, caseId);
    const ids = listDocumentIds(db, caseId);
    const op = ctx.operations.start('export', ids.length, operationId);
    try {
      const documents = ids.map((id) => {
        const doc = requireDocument(ctx, id);
        op.step(doc.title);
        return { ...doc, mentions: listMentions(db, id), claims: documentClaims(ctx, id) };
      });
      return {
        format: 'casefile-case' as const,
        formatVersion: 1 as const,
        exportedAt: ctx.now(),
        archiveId: ctx.archive.archiveId,
        case: kase,
        documents,
        entities: register(ctx, caseId),
        audit: listAuditForCase(db, caseId).map(({ origin: _origin, ...entry }) => entry),
      };
    } finally {
      op.finish();
    }
  })();
}
