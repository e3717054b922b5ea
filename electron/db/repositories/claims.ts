import type { Claim } from '../../../shared/domain/schemas';
import type { Db } from '../driver';

interface ClaimRow {
  id: number;
  uid: string;
  document_id: number;
  document_title: string;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_entity_id: number | null;
  cue_start: number;
  cue_end: number;
  cue_text: string;
  content_start: number;
  content_end: number;
  content: string;
  direct: number;
  medium: string | null;
  reported_via: string | null;
  claim_date: string | null;
  confidence: number | null;
  source: Claim['source'];
  status: Claim['status'];
  note: string;
}

const SELECT = `
  SELECT c.id, c.uid, c.document_id, d.title AS document_title, c.speaker_text, c.speaker_start, c.speaker_end,
         c.speaker_entity_id, c.cue_start, c.cue_end, substr(d.text, c.cue_start + 1, c.cue_end - c.cue_start) AS cue_text,
         c.content_start, c.content_end, substr(d.text, c.content_start + 1, c.content_end - c.content_start) AS content,
         c.direct, c.medium, c.reported_via, c.claim_date, c.confidence, c.source, c.status, c.note
  FROM claims c JOIN documents d ON d.id = c.document_id`;

const toClaim = (r: ClaimRow): Claim => ({
  id: r.id,
  uid: r.uid,
  documentId: r.document_id,
  documentTitle: r.document_title,
  speaker: r.speaker_text,
  speakerSpan: r.speaker_start !== null && r.speaker_end !== null ? [r.speaker_start, r.speaker_end] : null,
  speakerEntityId: r.speaker_entity_id,
  cue: [r.cue_start, r.cue_end],
  cueText: r.cue_text,
  contentSpan: [r.content_start, r.content_end],
  content: r.content,
  direct: r.direct === 1,
  medium: r.medium,
  reportedVia: r.reported_via,
  when: r.claim_date,
  confidence: r.confidence,
  source: r.source,
  status: r.status,
  note: r.note,
  links: [],
});

export function listClaimsForDocument(db: Db, documentId: number): Claim[] {
  return (db.prepare(`${SELECT} WHERE c.document_id = ? ORDER BY c.content_start`).all(documentId) as ClaimRow[]).map(toClaim);
}

export function listClaimsForCase(db: Db, caseId: number): Claim[] {
  return (db.prepare(`${SELECT} WHERE d.case_id = ? ORDER BY c.document_id, c.content_start`).all(caseId) as ClaimRow[]).map(toClaim);
}

/** Drops the model's claims nobody has touched (never edited, no links), before a fresh extraction replaces them. */
export function deleteUnreviewedModelClaims(db: Db, documentId: number): void {
  db.prepare(
    `DELETE FROM claims WHERE document_id = ? AND source = 'model' AND status = 'unreviewed' AND note = '' AND updated_at = created_at
       AND NOT EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_id = claims.id OR l.target_claim_id = claims.id)`,
  ).run(documentId);
}

interface SpanColumns {
  cue_start: number;
  cue_end: number;
  content_start: number;
  content_end: number;
}

const SPAN_COLUMNS = 'cue_start, cue_end, content_start, content_end';

const spansOf = (r: SpanColumns): { cue: [number, number]; content: [number, number] } => ({ cue: [r.cue_start, r.cue_end], content: [r.content_start, r.content_end] });

/** The cue and content spans of the claims a document keeps, so a fresh extraction does not repeat one. */
export function keptClaimSpans(db: Db, documentId: number): { cue: [number, number]; content: [number, number] }[] {
  return (db.prepare(`SELECT ${SPAN_COLUMNS} FROM claims WHERE document_id = ?`).all(documentId) as SpanColumns[]).map(spansOf);
}

export interface NewClaim {
  uid: string;
  origin: string;
  documentId: number;
  speakerEntityId: number | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cueStart: number;
  cueEnd: number;
  contentStart: number;
  contentEnd: number;
  direct: number;
  medium: string | null;
  reportedVia: string | null;
  claimDate: string | null;
  confidence: number | null;
  now: string;
}

/** Inserts a claim; whoever made it also owns its date (a new publication date moves only the model's). */
function insertClaimRow(db: Db, c: NewClaim, source: 'model' | 'user'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO claims (uid, origin, document_id, speaker_entity_id, speaker_text, speaker_start, speaker_end, cue_start, cue_end,
                             content_start, content_end, direct, medium, reported_via, claim_date, date_source, confidence, source, created_at, updated_at)
         VALUES (@uid, @origin, @documentId, @speakerEntityId, @speakerText, @speakerStart, @speakerEnd, @cueStart, @cueEnd,
                 @contentStart, @contentEnd, @direct, @medium, @reportedVia, @claimDate, @source, @confidence, @source, @now, @now)`,
      )
      .run({ ...c, source }).lastInsertRowid,
  );
}

export function insertClaim(db: Db, c: NewClaim): void {
  insertClaimRow(db, c, 'model');
}

export function claimUidsBySpeaker(db: Db, entityId: number): { id: number; uid: string }[] {
  return db.prepare('SELECT id, uid FROM claims WHERE speaker_entity_id = ?').all(entityId) as { id: number; uid: string }[];
}

export function setClaimSpeakerEntity(db: Db, claimId: number, entityId: number | null, now: string): void {
  db.prepare('UPDATE claims SET speaker_entity_id = ?, updated_at = ? WHERE id = ?').run(entityId, now, claimId);
}

export interface ClaimRef {
  id: number;
  uid: string;
  document_id: number;
  case_id: number;
  content_start: number;
  content_end: number;
}

export function getClaimRef(db: Db, id: number): ClaimRef | undefined {
  return db
    .prepare('SELECT c.id, c.uid, c.document_id, d.case_id, c.content_start, c.content_end FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?')
    .get(id) as ClaimRef | undefined;
}

export function updateClaim(
  db: Db,
  id: number,
  f: Partial<{ speakerText: string | null; speakerEntityId: number | null; contentStart: number; contentEnd: number; claimDate: string | null; direct: number; status: Claim['status']; note: string }>,
  now: string,
): void {
  const map: Record<string, string> = {
    speakerText: 'speaker_text',
    speakerEntityId: 'speaker_entity_id',
    contentStart: 'content_start',
    contentEnd: 'content_end',
    claimDate: 'claim_date',
    direct: 'direct',
    status: 'status',
    note: 'note',
  };
  const keys = Object.keys(f).filter((k) => k in map && f[k as keyof typeof f] !== undefined);
  if (keys.length === 0) return;
  // A date a reviewer sets is theirs: a new publication date no longer moves it.
  const sets = [...keys.map((k) => `${map[k]} = @${k}`), ...(keys.includes('claimDate') ? ["date_source = 'user'"] : [])].join(', ');
  db.prepare(`UPDATE claims SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...f, now, id });
}

/** A document's claims whose date the extractor set, with their spans, for re-resolving the date. */
export function modelDatedClaims(db: Db, documentId: number): { id: number; uid: string; cue: [number, number]; content: [number, number]; when: string | null }[] {
  const rows = db
    .prepare(`SELECT id, uid, ${SPAN_COLUMNS}, claim_date FROM claims WHERE document_id = ? AND date_source = 'model' ORDER BY id`)
    .all(documentId) as (SpanColumns & { id: number; uid: string; claim_date: string | null })[];
  return rows.map((r) => ({ id: r.id, uid: r.uid, ...spansOf(r), when: r.claim_date }));
}

/** The extractor's new reading of a claim's date; updated_at stays, so the claim still counts as untouched. */
export function setModelClaimDate(db: Db, id: number, date: string | null): void {
  db.prepare("UPDATE claims SET claim_date = ? WHERE id = ? AND date_source = 'model'").run(date, id);
}

export interface LinkRow {
  id: number;
  uid: string;
  claim_id: number;
  target_claim_id: number | null;
  target_document_id: number | null;
  relation: 'supports' | 'contradicts' | 'duplicates';
  note: string;
}

export function linksOfClaims(db: Db, claimIds: readonly number[]): LinkRow[] {
  if (claimIds.length === 0) return [];
  return db
    .prepare(`SELECT id, uid, claim_id, target_claim_id, target_document_id, relation, note FROM claim_links WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(claimIds)) as LinkRow[];
}

export function insertLink(
  db: Db,
  l: { uid: string; origin: string; claimId: number; targetClaimId: number | null; targetDocumentId: number | null; relation: LinkRow['relation']; note: string; now: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO claim_links (uid, origin, claim_id, target_claim_id, target_document_id, relation, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(l.uid, l.origin, l.claimId, l.targetClaimId, l.targetDocumentId, l.relation, l.note, l.now).lastInsertRowid,
  );
}

export function getLink(db: Db, id: number): LinkRow | undefined {
  return db.prepare('SELECT id, uid, claim_id, target_claim_id, target_document_id, relation, note FROM claim_links WHERE id = ?').get(id) as LinkRow | undefined;
}

export function deleteLink(db: Db, id: number): void {
  db.prepare('DELETE FROM claim_links WHERE id = ?').run(id);
}

export function documentOfClaim(db: Db, claimId: number): number | undefined {
  return db.prepare('SELECT document_id FROM claims WHERE id = ?').pluck().get(claimId) as number | undefined;
}

export function insertUserClaim(db: Db, c: Omit<NewClaim, 'confidence' | 'medium' | 'reportedVia'>): number {
  return insertClaimRow(db, { ...c, confidence: null, medium: null, reportedVia: null }, 'user');
}

export function deleteClaim(db: Db, id: number): void {
  db.prepare('DELETE FROM claims WHERE id = ?').run(id);
}

export function linkUidsOfClaim(db: Db, claimId: number): string[] {
  return db.prepare('SELECT uid FROM claim_links WHERE claim_id = ? OR target_claim_id = ?').pluck().all(claimId, claimId) as string[];
}
