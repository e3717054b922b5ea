import type { ExtractionSummary } from '../../../shared/domain/schemas';
import { nameKey } from '../../../shared/domain/nameKey';
import { matchGazetteer, type GazetteerEntry } from '../../../shared/nlp/caseGazetteer';
import type { Extraction, ExtractedEntity } from '../../../shared/nlp/extract';
import { caseAliases, findSpeakerEntity } from '../../db/repositories/entities';
import { deleteUnreviewedModelClaims, insertClaim, keptClaimSpans } from '../../db/repositories/claims';
import { documentUid, getDocument, listDocumentIds } from '../../db/repositories/documents';
import { deleteUnreviewedModelMentions, insertMention, mentionSpanKeys, rejectedTexts } from '../../db/repositories/mentions';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { caseAdaptationRefs, updateCaseModels } from './caseModel';
import { requireCase } from './cases';

/** What the case has taught: names confirmed in it, and texts rejected in it. */
interface CaseKnowledge {
  gazetteer: GazetteerEntry[];
  rejected: Set<string>;
}

function caseKnowledge(ctx: BackendContext, caseId: number): CaseKnowledge {
  const db = ctx.archive.db;
  return {
    gazetteer: caseAliases(db, caseId)
      .filter((a) => a.type !== 'DATE')
      .map((a) => ({ name: a.alias, type: a.type as GazetteerEntry['type'] })),
    rejected: new Set(rejectedTexts(db, caseId).map(nameKey)),
  };
}

/**
 * The model's names, less those rejected in this case, plus confirmed case names the model
 * missed (source 'gazetteer'); dates as found.
 */
function suggestions(text: string, ex: Extraction, known: CaseKnowledge): (ExtractedEntity & { source: 'model' | 'gazetteer' })[] {
  const model = ex.entities.filter((e) => e.type === 'DATE' || !known.rejected.has(nameKey(e.text))).map((e) => ({ ...e, source: 'model' as const }));
  const overlaps = (a: { start: number; end: number }) => model.some((m) => m.start < a.end && a.start < m.end);
  const fromCase = matchGazetteer(text, known.gazetteer)
    .filter((g) => !overlaps(g))
    .map((g) => ({ ...g, confidence: 1, source: 'gazetteer' as const }));
  return [...model, ...fromCase].sort((a, b) => a.start - b.start);
}

/** A kept claim (reviewed or edited) stands for a new one with the same content, or the same cue and overlapping content. */
function sameClaim(kept: { cue: [number, number]; content: [number, number] }, c: { cue: [number, number]; contentSpan: [number, number] }): boolean {
  const [ks, ke] = kept.content;
  const [cs, ce] = c.contentSpan;
  if (ks === cs && ke === ce) return true;
  return kept.cue[0] === c.cue[0] && kept.cue[1] === c.cue[1] && ks < ce && cs < ke;
}

/**
 * Replaces a document's unreviewed machine suggestions with a fresh extraction, in one
 * transaction. Reviewed, rejected and user-made annotations stay, and a new suggestion never
 * repeats a span that is already there (so a rejected suggestion is not proposed again).
 */
function storeExtraction(
  ctx: BackendContext,
  documentId: number,
  caseId: number,
  ex: Extraction,
  entitiesToStore: ReturnType<typeof suggestions>,
): { entities: number; claims: number } {
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
        const anchor = doc.publishedAt ? doc.publishedAt.slice(0, 10) : null;
        const extraction = await ctx.extractor().extract(doc.text, anchor, adaptations);
        const stored = storeExtraction(ctx, id, caseId, extraction, suggestions(doc.text, extraction, known));
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
