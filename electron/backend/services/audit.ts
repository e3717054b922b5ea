import { appendAudit } from '../../db/repositories/audit';
import type { BackendContext } from '../context';

/** Records one change inside the caller's transaction. */
export function audit(
  ctx: BackendContext,
  e: { action: string; objectType: string; objectUid: string; caseId: number | null; documentId?: number | null; before?: unknown; after?: unknown },
): void {
  appendAudit(ctx.archive.db, {
    uid: ctx.uid(),
    origin: ctx.archive.archiveId,
    at: ctx.now(),
    actor: ctx.actor,
    action: e.action,
    objectType: e.objectType,
    objectUid: e.objectUid,
    caseId: e.caseId,
    documentId: e.documentId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}
