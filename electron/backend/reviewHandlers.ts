import type { MessageCode } from '../../shared/i18n/messageCode';
import type { Output, ParsedInput } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/result';
import { aliasesOf, getEntity, mentionUidsOfEntity } from '../db/repositories/entities';
import { listAudit } from '../db/repositories/audit';
import { countHistory } from '../db/repositories/changesets';
import type { BackendContext } from './context';
import { requireCase } from './services/cases';
import { requireDocument } from './services/documents';
import { addClaim, claimsOfCase, claimsOfDocument, editClaim, linkClaim, removeClaim, unlinkClaim } from './services/review/claims';
import { redo, undo, type StepDescription } from './services/review/command';
import { decodeDescription } from './services/review/description';
import { addMention, deleteMentionById, resizeMention, retypeMention, reviewAllOfName, reviewMentions } from './services/review/mentions';
import { mergeEntities, register, renameEntity, retypeEntity, splitAlias, suggestMerges } from './services/review/register';

type ReviewChannel =
  | 'app:mentions.review'
  | 'app:mentions.reviewName'
  | 'app:mentions.retype'
  | 'app:mentions.resize'
  | 'app:mentions.add'
  | 'app:mentions.delete'
  | 'app:review.undo'
  | 'app:review.redo'
  | 'app:review.history'
  | 'app:entities.list'
  | 'app:entities.merge'
  | 'app:entities.splitAlias'
  | 'app:entities.rename'
  | 'app:entities.retype'
  | 'app:entities.suggestMerges'
  | 'app:claims.list'
  | 'app:claims.update'
  | 'app:claims.link'
  | 'app:claims.unlink'
  | 'app:claims.add'
  | 'app:claims.delete'
  | 'app:audit.list';

export type ReviewHandlers = { [C in ReviewChannel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

function entityAudit(ctx: BackendContext, entityId: number) {
  const e = getEntity(ctx.archive.db, entityId);
  if (!e) throw UserError.coded('not_found', 'msg.error.entityMissing', { id: String(entityId) });
  const uids = [e.uid, ...aliasesOf(ctx.archive.db, e.id).map((a) => a.uid), ...mentionUidsOfEntity(ctx.archive.db, e.id).map((m) => m.uid)];
  return listAudit(ctx.archive.db, { objectUids: uids });
}

/** An undo or redo step for the contract: the English text, and the code that words it in the UI's language. */
function stepOutput(step: StepDescription | null): { description: string | null; descriptionCode?: MessageCode } {
  if (!step) return { description: null };
  return step.messageCode ? { description: step.message, descriptionCode: step.messageCode } : { description: step.message };
}

/** The history's counts, with the next undo and redo described like the steps themselves. */
function historyOf(ctx: BackendContext, caseId: number) {
  const { undoDescription, redoDescription, ...counts } = countHistory(ctx.archive.db, caseId);
  const next = stepOutput(undoDescription === null ? null : decodeDescription(undoDescription));
  const previous = stepOutput(redoDescription === null ? null : decodeDescription(redoDescription));
  return {
    ...counts,
    undoDescription: next.description,
    redoDescription: previous.description,
    ...(next.descriptionCode && { undoDescriptionCode: next.descriptionCode }),
    ...(previous.descriptionCode && { redoDescriptionCode: previous.descriptionCode }),
  };
}

/** The editor's workflow: review mentions, keep the entity register, judge claims, undo, audit. */
export function createReviewHandlers(ctx: BackendContext): ReviewHandlers {
  return {
    'app:mentions.review': (i) => ({ changed: reviewMentions(ctx, i.mentionIds, i.status) }),
    'app:mentions.reviewName': (i) => ({ changed: reviewAllOfName(ctx, i) }),
    'app:mentions.retype': (i) => (retypeMention(ctx, i.mentionId, i.type), {}),
    'app:mentions.resize': (i) => (resizeMention(ctx, i.mentionId, i.start, i.end), {}),
    'app:mentions.add': (i) => ({ id: addMention(ctx, i.documentId, i.start, i.end, i.type) }),
    'app:mentions.delete': (i) => (deleteMentionById(ctx, i.mentionId), {}),
    'app:review.undo': (i) => stepOutput(undo(ctx, requireCase(ctx, i.caseId).id)),
    'app:review.redo': (i) => stepOutput(redo(ctx, requireCase(ctx, i.caseId).id)),
    'app:review.history': (i) => historyOf(ctx, requireCase(ctx, i.caseId).id),
    'app:entities.list': (i) => register(ctx, requireCase(ctx, i.caseId).id),
    'app:entities.merge': (i) => (mergeEntities(ctx, i.entityIds, i.intoId), {}),
    'app:entities.splitAlias': (i) => ({ id: splitAlias(ctx, i.entityId, i.aliasId) }),
    'app:entities.rename': (i) => (renameEntity(ctx, i.entityId, i.name), {}),
    'app:entities.retype': (i) => (retypeEntity(ctx, i.entityId, i.type), {}),
    'app:entities.suggestMerges': (i) => suggestMerges(ctx, requireCase(ctx, i.caseId).id),
    'app:claims.list': (i) => (i.documentId !== undefined ? claimsOfDocument(ctx, i.documentId) : claimsOfCase(ctx, i.caseId ?? 0)),
    'app:claims.update': ({ claimId, ...edit }) => (editClaim(ctx, claimId, edit), {}),
    'app:claims.link': (i) => ({ id: linkClaim(ctx, i.claimId, { claimId: i.targetClaimId, documentId: i.targetDocumentId }, i.relation, i.note) }),
    'app:claims.unlink': (i) => (unlinkClaim(ctx, i.linkId), {}),
    'app:claims.add': (i) => ({ id: addClaim(ctx, i) }),
    'app:claims.delete': (i) => (removeClaim(ctx, i.claimId), {}),
    'app:audit.list': (i) =>
      i.documentId !== undefined
        ? listAudit(ctx.archive.db, { documentId: requireDocument(ctx, i.documentId).id })
        : entityAudit(ctx, i.entityId ?? 0),
  };
}

