import type { EntityTypeName, Mention } from '../../../../shared/domain/schemas';
import { nameKey } from '../../../../shared/domain/nameKey';
import { coded } from '../../../../shared/i18n/messageCode';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { UserError } from '../../../../shared/ipc/result';
import { deleteMention, getMentionRef, insertUserMention, mentionRefsOfCase, updateMention, type MentionRef } from '../../../db/repositories/mentions';
import type { BackendContext } from '../../context';
import { requireDocument } from '../documents';
import { runCommand, type Tracker } from './command';
import { shortName } from './description';
import { dropIfOrphan, entityForName } from './entityLinks';

function requireMention(ctx: BackendContext, id: number): MentionRef {
  const m = getMentionRef(ctx.archive.db, id);
  if (!m) throw UserError.coded('not_found', 'msg.error.mentionMissing', { id: String(id) });
  return m;
}

/** All mentions must belong to one case: a command and its undo live in one case's history. */
function oneCase(ctx: BackendContext, ids: readonly number[]): { caseId: number; refs: MentionRef[] } {
  const refs = ids.map((id) => requireMention(ctx, id));
  const caseIds = new Set(refs.map((r) => r.case_id));
  if (caseIds.size !== 1) throw UserError.coded('invalid_input', 'msg.error.mentionsCases');
  return { caseId: refs[0]!.case_id, refs };
}

function setStatus(t: Tracker, m: MentionRef, status: Mention['status'], type = m.type): void {
  t.track('mentions', m.uid);
  const entityId = status === 'accepted' && type !== 'DATE' ? entityForName(t, m.case_id, type, m.text) : status === 'rejected' ? null : m.entity_id;
  updateMention(t.db, m.id, { status, type, entityId, now: t.ctx.now() });
  if (m.entity_id !== entityId) dropIfOrphan(t, m.entity_id);
}

/** How a review of one name, and of several, is described in the history. */
const REVIEW_DESCRIPTIONS: Record<Mention['status'], { one: MessageKey; many: MessageKey }> = {
  accepted: { one: 'msg.history.acceptName', many: 'msg.history.acceptNames' },
  rejected: { one: 'msg.history.rejectName', many: 'msg.history.rejectNames' },
  suggested: { one: 'msg.history.resetName', many: 'msg.history.resetNames' },
};

const BULK_DESCRIPTIONS = {
  accepted: { document: 'msg.history.acceptAllInDocument', case: 'msg.history.acceptAllInCase' },
  rejected: { document: 'msg.history.rejectAllInDocument', case: 'msg.history.rejectAllInCase' },
} as const;

export function reviewMentions(ctx: BackendContext, ids: readonly number[], status: 'accepted' | 'rejected' | 'suggested'): number {
  const { caseId, refs } = oneCase(ctx, ids);
  const keys = REVIEW_DESCRIPTIONS[status];
  const description = refs.length === 1 ? coded(keys.one, { name: shortName(refs[0]!.text) }) : coded(keys.many, { count: refs.length });
  return runCommand(ctx, caseId, `mention.${status}`, description, (t) => {
    for (const m of refs) setStatus(t, m, status);
    return refs.length;
  });
}

export function retypeMention(ctx: BackendContext, id: number, type: EntityTypeName): void {
  const m = requireMention(ctx, id);
  const description = coded('msg.history.retypeName', { name: shortName(m.text), typeKey: `type.${type}` });
  runCommand(ctx, m.case_id, 'mention.retype', description, (t) => setStatus(t, m, 'accepted', type));
}

function checkSpan(text: string, start: number, end: number): void {
  if (!(start >= 0 && end > start && end <= text.length)) throw UserError.coded('invalid_input', 'msg.error.spanOutside', { start: String(start), end: String(end) }, `The span ${start}–${end} is outside the document (0–${text.length}).`);
  if (text.slice(start, end).trim() === '') throw UserError.coded('invalid_input', 'msg.error.mentionBlank');
}

export function resizeMention(ctx: BackendContext, id: number, start: number, end: number): void {
  const m = requireMention(ctx, id);
  const doc = requireDocument(ctx, m.document_id);
  checkSpan(doc.text, start, end);
  const surface = doc.text.slice(start, end);
  runCommand(ctx, m.case_id, 'mention.resize', coded('msg.history.resizeName', { name: shortName(m.text), surface: shortName(surface) }), (t) => {
    t.track('mentions', m.uid);
    updateMention(t.db, m.id, { start, end, now: ctx.now() });
    setStatus(t, { ...m, start, end, text: surface }, 'accepted');
  });
}

export function addMention(ctx: BackendContext, documentId: number, start: number, end: number, type: EntityTypeName): number {
  const doc = requireDocument(ctx, documentId);
  checkSpan(doc.text, start, end);
  const surface = doc.text.slice(start, end);
  return runCommand(ctx, doc.caseId, 'mention.add', coded('msg.history.addName', { name: shortName(surface), typeKey: `type.${type}` }), (t) => {
    const uid = ctx.uid();
    t.track('mentions', uid);
    const entityId = type === 'DATE' ? null : entityForName(t, doc.caseId, type, surface);
    const id = insertUserMention(t.db, { uid, origin: ctx.archive.archiveId, documentId, start, end, type, status: 'accepted', now: ctx.now() });
    if (entityId !== null) updateMention(t.db, id, { entityId, now: ctx.now() });
    return id;
  });
}

export function deleteMentionById(ctx: BackendContext, id: number): void {
  const m = requireMention(ctx, id);
  runCommand(ctx, m.case_id, 'mention.delete', coded('msg.history.deleteName', { name: shortName(m.text) }), (t) => {
    t.track('mentions', m.uid);
    deleteMention(t.db, m.id);
    dropIfOrphan(t, m.entity_id);
  });
}

/** Accepts or rejects every mention of one name (normalised) in a document or the whole case. */
export function reviewAllOfName(
  ctx: BackendContext,
  args: { caseId: number; documentId: number | null; text: string; status: 'accepted' | 'rejected' },
): number {
  const key = nameKey(args.text);
  const refs = mentionRefsOfCase(ctx.archive.db, args.caseId, args.documentId).filter((m) => nameKey(m.text) === key && m.status !== args.status);
  if (refs.length === 0) return 0;
  const descriptionKey = BULK_DESCRIPTIONS[args.status][args.documentId === null ? 'case' : 'document'];
  return runCommand(ctx, args.caseId, `mention.bulk-${args.status}`, coded(descriptionKey, { count: refs.length, name: shortName(args.text) }), (t) => {
    for (const m of refs) setStatus(t, m, args.status);
    return refs.length;
  });
}
