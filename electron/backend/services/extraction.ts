import type { ExtractionSummary } from '../../../shared/domain/schemas';
import { nameKey } from '../../../shared/domain/nameKey';
import type { GazetteerEntry } from '../../../shared/nlp/caseGazetteer';
import { applyCaseKnowledge, type CaseKnowledge, matchableEntries } from '../../../shared/nlp/caseKnowledge';
import type { Extraction, ExtractedEntity } from '../../../shared/nlp/extract';
import { caseAliases, findSpeakerEntity } from '../../db/repositories/entities';
import { deleteUnreviewedModelClaims, insertClaim, keptClaimSpans } from '../../db/repositories/claims';
import { documentUid, getDocument, listDocumentIds } from '../../db/repositories/documents';
import { deleteUnreviewedModelMentions, insertMention, mentionSpanKeys, rejectedTexts } from '../../db/repositories/mentions';
import type { AdaptationRef } from '../../nlp/caseAdaptations';
import { newsRank } from '../../nlp/models';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { caseAdaptationRefs, updateCaseModels } from './caseModel';
import { sameClaim } from './claimMatch';
import { anchorOf } from './dates';
import { requireCase } from './cases';

function caseKnowledge(ctx: BackendContext, caseId: number): CaseKnowledge {
  const db = ctx.archive.db;
  return {
    gazetteer: matchableEntries(
      caseAliases(db, caseId)
        .filter((a) => a.type !== 'DATE')
        .map((a) => ({ name: a.alias, type: a.type as GazetteerEntry['type'] })),
      newsRank,
    ),
    rejected: new Set(rejectedTexts(db, caseId).map(nameKey)),
  };
}

/** The model's names less those the case rejected, plus confirmed case names the model missed. */
function suggestions(text: string, ex: Extraction, known: CaseKnowledge): (ExtractedEntity & { source: 'model' | 'gazetteer' })[] {
  return applyCaseKnowledge(text, ex.entities, known, (g): ExtractedEntity => ({ type: g.type, start: g.start, end: g.end, text: g.text, confidence: 1 }));
}

/** What extraction proposes for a text: the extraction, and the names to store less what the case rejected. */
export interface Proposal {
  extraction: Extraction;
  entities: ReturnType<typeof suggestions>;
}

/** Extracts a text (in a worker) for a case: its model deltas, its confirmed and rejected names. */
export async function propose(
  ctx: BackendContext,
  caseId: number,
  text: string,
  anchor: string | null,
  known: CaseKnowledge = caseKnowledge(ctx, caseId),
  adaptations: AdaptationRef[] = caseAdaptationRefs(ctx, caseId),
): Promise<Proposal> {
  const extraction = await ctx.extractor().extract(text, anchor, adaptations);
  return { extraction, entities: suggestions(text, extraction, known) };
}

/**
 * Replaces a document's unreviewed machine suggestions with a fresh extraction, in one
 * transaction. Reviewed, rejected and user-made annotations stay, and a new suggestion never
 * repeats a span that is already there (so a rejected suggestion is not proposed again).
 */
export function storeExtraction(ctx: BackendContext, documentId: number, caseId: number, proposal: Proposal): { entities: number; claims: number } {
  const { extraction: ex, entities: entitiesToStore } = proposal;
  const db = ctx.archive.db;
  return db.transaction(() => {
    deleteUnreviewedModelMentions(db, documentId);
    deleteUnreviewedModelClaims(db, documentId);
    const spans = mentionSpanKeys(db, documentId);
    const now = ctx.now();
    const origin = ctx.archive.archiveId;
    let entities = 0;
    for (const e of entitiesToStore) {
      if (spans.has(`${e.start}:${e.end}`)) continue;
      spans.add(`${e.start}:${e.end}`);
      insertMention(db, { uid: ctx.uid(), origin, documentId, start: e.start, end: e.end, type: e.type, source: e.source, confidence: e.confidence, value: e.value ?? null, now });
      entities++;
    }
    const kept = keptClaimSpans(db, documentId);
    let claims = 0;
    for (const c of ex.claims) {
      // A kept claim (reviewed or edited) stands for a new one that is the same statement.
      if (c.contentSpan[1] <= c.contentSpan[0] || kept.some((k) => sameClaim(k, c))) continue;
      insertClaim(db, {
        uid: ctx.uid(),
        origin,
        documentId,
        speakerEntityId: c.speaker ? (findSpeakerEntity(db, caseId, nameKey(c.speaker)) ?? null) : null,
        speakerText: c.speaker,
        speakerStart: c.speakerSpan?.[0] ?? null,
        speakerEnd: c.speakerSpan?.[1] ?? null,
        cueStart: c.cue[0],
        cueEnd: c.cue[1],
        contentStart: c.contentSpan[0],
        contentEnd: c.contentSpan[1],
        direct: c.direct ? 1 : 0,
        medium: c.medium ?? null,
        reportedVia: c.outlet ?? null,
        claimDate: c.when ?? null,
        confidence: c.confidence,
        now,
      });
      claims++;
    }
    const docUid = documentUid(db, documentId) ?? '';
    audit(ctx, { action: 'document.extract', objectType: 'document', objectUid: docUid, caseId, documentId, after: { language: ex.language, anchor: ex.anchor, entities, claims } });
    return { entities, claims };
  })();
}

/**
 * Re-extracts a whole case (or some of its documents) after the case model learnt from the
 * documents its reviewers finished, so their corrections are proposed in the others.
 */
export async function reextractCase(ctx: BackendContext, caseId: number, documentIds: readonly number[] | undefined, operationId?: string): Promise<ExtractionSummary> {
  requireCase(ctx, caseId);
  const learnedFrom = updateCaseModels(ctx, caseId);
  return { ...(await extractDocuments(ctx, caseId, documentIds, operationId)), learnedFrom };
}

/** Extracts entities, dates and claims for documents of a case, with progress and cancel. */
export async function extractDocuments(
  ctx: BackendContext,
  caseId: number,
  documentIds: readonly number[] | undefined,
  operationId?: string,
): Promise<ExtractionSummary> {
  requireCase(ctx, caseId);
  const ids = documentIds ?? listDocumentIds(ctx.archive.db, caseId);
  const known = caseKnowledge(ctx, caseId);
  const adaptations = caseAdaptationRefs(ctx, caseId);
  const op = ctx.operations.start('extract', ids.length, operationId);
  const summary: ExtractionSummary = { documents: 0, entities: 0, claims: 0, failed: [] };
  try {
    for (const id of ids) {
      if (op.cancelled) break;
      const doc = getDocument(ctx.archive.db, id);
      if (!doc || doc.caseId !== caseId) {
        summary.failed.push({ documentId: id, reason: `Document #${id} is not in this case.` });
        continue;
      }
      try {
        const stored = storeExtraction(ctx, id, caseId, await propose(ctx, caseId, doc.text, anchorOf(doc), known, adaptations));
        summary.documents++;
        summary.entities += stored.entities;
        summary.claims += stored.claims;
      } catch (error) {
        summary.failed.push({ documentId: id, reason: error instanceof Error ? error.message : String(error) });
      }
      op.step(doc.title);
    }
  } finally {
    op.finish();
  }
  return summary;
}
