import type { Claim } from '../../../../shared/domain/schemas';
import { coded } from '../../../../shared/i18n/messageCode';
import { UserError } from '../../../../shared/ipc/result';
import {
  deleteClaim,
  deleteLink,
  insertUserClaim,
  linkUidsOfClaim,
  getClaimRef,
  getLink,
  insertLink,
  linksOfClaims,
  listClaimsForCase,
  listClaimsForDocument,
  updateClaim,
  type ClaimRef,
} from '../../../db/repositories/claims';
import { getEntity } from '../../../db/repositories/entities';
import type { BackendContext } from '../../context';
import { requireCase } from '../cases';
import { requireDocument } from '../documents';
import { runCommand } from './command';
import { shortName } from './description';

function withLinks(ctx: BackendContext, claims: Claim[]): Claim[] {
  const links = linksOfClaims(ctx.archive.db, claims.map((c) => c.id));
  return claims.map((c) => ({
    ...c,
    links: links
      .filter((l) => l.claim_id === c.id)
      .map((l) => ({ id: l.id, relation: l.relation, targetClaimId: l.target_claim_id, targetDocumentId: l.target_document_id, note: l.note })),
  }));
}

/** A document's claims with their links, for a caller that has already checked the document exists. */
export function documentClaims(ctx: BackendContext, documentId: number): Claim[] {
  return withLinks(ctx, listClaimsForDocument(ctx.archive.db, documentId));
}

export function claimsOfDocument(ctx: BackendContext, documentId: number): Claim[] {
  requireDocument(ctx, documentId);
  return documentClaims(ctx, documentId);
}

export function claimsOfCase(ctx: BackendContext, caseId: number): Claim[] {
  requireCase(ctx, caseId);
  return withLinks(ctx, listClaimsForCase(ctx.archive.db, caseId));
}

function requireClaim(ctx: BackendContext, id: number): ClaimRef {
  const c = getClaimRef(ctx.archive.db, id);
  if (!c) throw UserError.coded('not_found', 'msg.error.claimMissing', { id: String(id) });
  return c;
}

export interface ClaimEdit {
  speakerEntityId?: number | null;
  speaker?: string | null;
  contentSpan?: [number, number];
  when?: string | null;
  direct?: boolean;
  status?: Claim['status'];
  note?: string;
}

export function editClaim(ctx: BackendContext, id: number, edit: ClaimEdit): void {
  const c = requireClaim(ctx, id);
  const doc = requireDocument(ctx, c.document_id);
  let speakerText = edit.speaker;
  if (edit.speakerEntityId !== undefined && edit.speakerEntityId !== null) {
    const e = getEntity(ctx.archive.db, edit.speakerEntityId);
    if (!e || e.case_id !== c.case_id) throw UserError.coded('invalid_input', 'msg.error.entityNotInCase', { id: String(edit.speakerEntityId) }, `Entity #${edit.speakerEntityId} is not in this claim's case.`);
    speakerText ??= e.name;
  }
  if (edit.contentSpan) {
    const [s, e] = edit.contentSpan;
    if (!(s >= 0 && e > s && e <= doc.text.length)) throw UserError.coded('invalid_input', 'msg.error.spanOutside', { start: String(s), end: String(e) }, `The content span ${s}–${e} is outside the document.`);
  }
  // A judgement alone is named as such; other edits by the claim they change.
  const onlyStatus = edit.status !== undefined && Object.keys(edit).length === 1;
  const description = onlyStatus ? coded('msg.history.claimStatus', { id: String(id), statusKey: `claimStatus.${edit.status}` }) : coded('msg.history.editClaim', { id: String(id) });
  runCommand(ctx, c.case_id, 'claim.edit', description, (t) => {
    t.track('claims', c.uid);
    updateClaim(
      t.db,
      id,
      {
        speakerText,
        speakerEntityId: edit.speakerEntityId,
        contentStart: edit.contentSpan?.[0],
        contentEnd: edit.contentSpan?.[1],
        claimDate: edit.when,
        direct: edit.direct === undefined ? undefined : edit.direct ? 1 : 0,
        status: edit.status,
        note: edit.note,
      },
      ctx.now(),
    );
  });
}

export function linkClaim(
  ctx: BackendContext,
  claimId: number,
  target: { claimId?: number; documentId?: number },
  relation: 'supports' | 'contradicts' | 'duplicates',
  note: string,
): number {
  const c = requireClaim(ctx, claimId);
  if ((target.claimId === undefined) === (target.documentId === undefined)) throw UserError.coded('invalid_input', 'msg.error.linkTarget');
  if (target.claimId === claimId) throw UserError.coded('invalid_input', 'msg.error.selfEvidence');
  if (target.claimId !== undefined) requireClaim(ctx, target.claimId);
  if (target.documentId !== undefined) requireDocument(ctx, target.documentId);
  const description = coded(target.claimId ? 'msg.history.linkClaim' : 'msg.history.linkDocument', {
    id: String(claimId),
    target: String(target.claimId ?? target.documentId),
    relationKey: `relation.${relation}`,
  });
  return runCommand(ctx, c.case_id, 'claim.link', description, (t) => {
    const uid = ctx.uid();
    t.track('claim_links', uid);
    return insertLink(t.db, { uid, origin: ctx.archive.archiveId, claimId, targetClaimId: target.claimId ?? null, targetDocumentId: target.documentId ?? null, relation, note, now: ctx.now() });
  });
}

export function unlinkClaim(ctx: BackendContext, linkId: number): void {
  const link = getLink(ctx.archive.db, linkId);
  if (!link) throw UserError.coded('not_found', 'msg.error.linkMissing', { id: String(linkId) });
  const c = requireClaim(ctx, link.claim_id);
  runCommand(ctx, c.case_id, 'claim.unlink', coded('msg.history.unlinkClaim', { id: String(c.id), relationKey: `relation.${link.relation}` }), (t) => {
    t.track('claim_links', link.uid);
    deleteLink(t.db, linkId);
  });
}

function checkSpan(text: string, span: [number, number], what: string): void {
  const [s, e] = span;
  if (!(s >= 0 && e >= s && e <= text.length)) throw UserError.coded('invalid_input', 'msg.error.spanOutside', { start: String(s), end: String(e) }, `The ${what} span ${s}–${e} is outside the document.`);
}

/** A claim the model missed, added by hand: the content is required, the cue and speaker optional. */
export function addClaim(
  ctx: BackendContext,
  a: { documentId: number; contentSpan: [number, number]; cue?: [number, number]; speaker?: string | null; speakerEntityId?: number | null; direct: boolean; when?: string | null },
): number {
  const doc = requireDocument(ctx, a.documentId);
  checkSpan(doc.text, a.contentSpan, 'content');
  if (a.contentSpan[1] === a.contentSpan[0]) throw UserError.coded('invalid_input', 'msg.error.claimNoContent');
  const cue = a.cue ?? [a.contentSpan[0], a.contentSpan[0]];
  checkSpan(doc.text, cue, 'cue');
  let speaker = a.speaker ?? null;
  if (a.speakerEntityId) {
    const e = getEntity(ctx.archive.db, a.speakerEntityId);
    if (!e || e.case_id !== doc.caseId) throw UserError.coded('invalid_input', 'msg.error.entityNotInCase', { id: String(a.speakerEntityId) });
    speaker ??= e.name;
  }
  return runCommand(ctx, doc.caseId, 'claim.add', speaker ? coded('msg.history.addClaimBy', { speaker: shortName(speaker) }) : coded('msg.history.addClaim'), (t) => {
    const uid = ctx.uid();
    t.track('claims', uid);
    return insertUserClaim(t.db, {
      uid,
      origin: ctx.archive.archiveId,
      documentId: doc.id,
      speakerEntityId: a.speakerEntityId ?? null,
      speakerText: speaker,
      speakerStart: null,
      speakerEnd: null,
      cueStart: cue[0],
      cueEnd: cue[1],
      contentStart: a.contentSpan[0],
      contentEnd: a.contentSpan[1],
      direct: a.direct ? 1 : 0,
      claimDate: a.when ?? null,
      now: ctx.now(),
    });
  });
}

export function removeClaim(ctx: BackendContext, id: number): void {
  const c = requireClaim(ctx, id);
  runCommand(ctx, c.case_id, 'claim.delete', coded('msg.history.deleteClaim', { id: String(id) }), (t) => {
    // Links go with the claim (ON DELETE CASCADE); tracking them lets undo bring them back.
    for (const uid of linkUidsOfClaim(t.db, id)) t.track('claim_links', uid);
    t.track('claims', c.uid);
    deleteClaim(t.db, id);
  });
}
