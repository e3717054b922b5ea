import type { Document, DocumentSummary, Language } from '../../../shared/domain/schemas';
import type { DocumentFilter, DocumentSort, ReviewState } from '../../../shared/ipc/contract';
import type { Db } from '../driver';

interface SummaryRow {
  id: number;
  case_id: number;
  title: string;
  language: Language;
  published_at: string | null;
  imported_at: string;
  file_name: string;
  chars: number;
}

interface DocumentRow extends SummaryRow {
  text: string;
  source_part: string | null;
  parent_document_id: number | null;
  near_duplicate_of: number | null;
  near_duplicate_similarity: number | null;
  encoding_confidence: number | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  encoding: string | null;
  file_id: number;
  f_name: string;
  f_mime: string;
  f_size: number;
  f_sha256: string;
}

const SUMMARY_COLUMNS = 'd.id, d.case_id, d.title, d.language, d.published_at, d.imported_at, d.file_name, length(d.text) AS chars';

const toSummary = (r: SummaryRow): DocumentSummary => ({
  id: r.id,
  caseId: r.case_id,
  title: r.title,
  language: r.language,
  publishedAt: r.published_at,
  importedAt: r.imported_at,
  fileName: r.file_name,
  chars: r.chars,
});

export function countDocuments(db: Db, caseId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM documents WHERE case_id = ?').get(caseId) as { n: number }).n;
}

/** A name decision on the document: a reviewed suggestion or a name a user marked (dates are not reviewed here). */
const HAS_DECISION = `EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id AND m.type != 'DATE' AND (m.status != 'suggested' OR m.source = 'user'))`;
/** A name suggestion still waiting for a decision. */
const HAS_OPEN_SUGGESTION = `EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id AND m.type != 'DATE' AND m.status = 'suggested')`;

/** SQL conditions on documents `d` for each review state (the case model learns from finished ones). */
export const REVIEW_CONDITIONS: Record<ReviewState, string> = {
  notStarted: `NOT ${HAS_DECISION}`,
  inProgress: `${HAS_DECISION} AND ${HAS_OPEN_SUGGESTION}`,
  finished: `${HAS_DECISION} AND NOT ${HAS_OPEN_SUGGESTION}`,
};

// Undated documents come last in both date orders; the id breaks ties so pages never overlap.
const ORDERS: Record<DocumentSort, string> = {
  newest: 'd.published_at IS NULL, d.published_at DESC, d.id DESC',
  oldest: 'd.published_at IS NULL, d.published_at, d.id',
  imported: 'd.id',
  title: 'd.title COLLATE NOCASE, d.id',
};

/** The WHERE clause and its named parameters for a case's documents narrowed by a filter. */
function filterClause(caseId: number, f: DocumentFilter): { where: string; params: Record<string, string | number> } {
  const conditions = ['d.case_id = @caseId'];
  const params: Record<string, string | number> = { caseId };
  for (const column of ['language', 'outlet'] as const) {
    const value = f[column];
    if (!value) continue;
    conditions.push(`d.${column} = @${column}`);
    params[column] = value;
  }
  // Bounds are ISO prefixes: 2024-03 as an upper bound keeps all of March.
  if (f.from) {
    conditions.push('d.published_at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    conditions.push('substr(d.published_at, 1, length(@to)) <= @to');
    params.to = f.to;
  }
  if (f.review) conditions.push(REVIEW_CONDITIONS[f.review]);
  return { where: conditions.join(' AND '), params };
}

export function countFilteredDocuments(db: Db, caseId: number, filter: DocumentFilter): number {
  const { where, params } = filterClause(caseId, filter);
  return db.prepare(`SELECT count(*) FROM documents d WHERE ${where}`).pluck().get(params) as number;
}

/**
 * A page of a case's documents kept by the filter, in the given order. The page's ids are chosen
 * first so the sort touches only indexed columns, not every row's text (summaries count its characters).
 */
export function listDocuments(db: Db, caseId: number, page: { offset: number; limit: number; sort?: DocumentSort; filter?: DocumentFilter }): DocumentSummary[] {
  const { where, params } = filterClause(caseId, page.filter ?? {});
  const ids = db
    .prepare(`SELECT d.id FROM documents d WHERE ${where} ORDER BY ${ORDERS[page.sort ?? 'imported']} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: page.limit, offset: page.offset }) as number[];
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}

/** The distinct outlets named in a case's documents, sorted, for the outlet filter. */
export function listOutlets(db: Db, caseId: number): string[] {
  return db.prepare("SELECT DISTINCT outlet FROM documents WHERE case_id = ? AND outlet IS NOT NULL AND outlet != '' ORDER BY outlet").pluck().all(caseId) as string[];
}

export function getDocument(db: Db, id: number): Document | undefined {
  const r = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.text, d.author, d.outlet, d.url, d.encoding, d.file_id, d.source_part, d.parent_document_id,
              d.near_duplicate_of, d.near_duplicate_similarity, d.encoding_confidence,
              f.name AS f_name, f.mime AS f_mime, f.size AS f_size, f.sha256 AS f_sha256
       FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?`,
    )
    .get(id) as DocumentRow | undefined;
  if (!r) return undefined;
  return {
    ...toSummary(r),
    text: r.text,
    author: r.author,
    outlet: r.outlet,
    url: r.url,
    file: { id: r.file_id, name: r.f_name, mime: r.f_mime, size: r.f_size, sha256: r.f_sha256, encoding: r.encoding, encodingConfidence: r.encoding_confidence },
    sourcePart: r.source_part,
    parentDocumentId: r.parent_document_id,
    nearDuplicateOf: r.near_duplicate_of === null ? null : { id: r.near_duplicate_of, similarity: r.near_duplicate_similarity ?? 0 },
  };
}

export function listDocumentIds(db: Db, caseId: number): number[] {
  return (db.prepare('SELECT id FROM documents WHERE case_id = ? ORDER BY id').pluck().all(caseId) as number[]);
}

/** The first document id a query finds, or undefined. */
const firstId = (db: Db, sql: string, ...params: unknown[]): number | undefined => db.prepare(sql).pluck().get(...params) as number | undefined;

export function findDocumentByFile(db: Db, caseId: number, fileId: number): number | undefined {
  return firstId(db, 'SELECT id FROM documents WHERE case_id = ? AND file_id = ?', caseId, fileId);
}

export function findDocumentByTextHash(db: Db, caseId: number, textSha256: string): number | undefined {
  return firstId(db, 'SELECT id FROM documents WHERE case_id = ? AND text_sha256 = ? ORDER BY id LIMIT 1', caseId, textSha256);
}

export interface NewDocument {
  uid: string;
  origin: string;
  caseId: number;
  fileId: number;
  fileName: string;
  title: string;
  text: string;
  textSha256: string;
  language: Language;
  publishedAt: string | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  encoding: string | null;
  now: string;
  encodingConfidence?: number | null;
  sourcePart?: string | null;
  parentDocumentId?: number | null;
  nearDuplicateOf?: number | null;
  nearDuplicateSimilarity?: number | null;
}

export function insertDocument(db: Db, d: NewDocument): number {
  const info = db
    .prepare(
      `INSERT INTO documents (uid, origin, case_id, file_id, file_name, title, text, text_sha256, language,
                              published_at, author, outlet, url, encoding, imported_at, encoding_confidence, source_part,
                              parent_document_id, near_duplicate_of, near_duplicate_similarity)
       VALUES (@uid, @origin, @caseId, @fileId, @fileName, @title, @text, @textSha256, @language,
               @publishedAt, @author, @outlet, @url, @encoding, @now, @encodingConfidence, @sourcePart,
               @parentDocumentId, @nearDuplicateOf, @nearDuplicateSimilarity)`,
    )
    .run({ encodingConfidence: null, sourcePart: null, parentDocumentId: null, nearDuplicateOf: null, nearDuplicateSimilarity: null, ...d });
  return Number(info.lastInsertRowid);
}

/** The first document of a case made from a part of this container file (a row, an entry). */
export function findDocumentByContainer(db: Db, caseId: number, containerFileId: number): number | undefined {
  return firstId(db, 'SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE d.case_id = ? AND f.container_file_id = ? ORDER BY d.id LIMIT 1', caseId, containerFileId);
}

export interface MetadataRow {
  uid: string;
  case_id: number;
  title: string;
  published_at: string | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  language: Language;
}

export function getMetadata(db: Db, id: number): MetadataRow | undefined {
  return db.prepare('SELECT uid, case_id, title, published_at, author, outlet, url, language FROM documents WHERE id = ?').get(id) as MetadataRow | undefined;
}

export function updateMetadata(
  db: Db,
  id: number,
  m: { title: string; publishedAt: string | null; author: string | null; outlet: string | null; url: string | null; language: Language },
): void {
  db.prepare('UPDATE documents SET title = @title, published_at = @publishedAt, author = @author, outlet = @outlet, url = @url, language = @language WHERE id = @id').run({ ...m, id });
}

/** Replaces a document's text after a re-decode; the caller has checked nothing points into the old text. */
export function replaceText(db: Db, id: number, d: { title: string; text: string; textSha256: string; encoding: string; language: Language }): void {
  db.prepare('UPDATE documents SET title = @title, text = @text, text_sha256 = @textSha256, encoding = @encoding, encoding_confidence = NULL, language = @language WHERE id = @id').run({
    ...d,
    id,
  });
}

export function documentUid(db: Db, id: number): string | undefined {
  return db.prepare('SELECT uid FROM documents WHERE id = ?').pluck().get(id) as string | undefined;
}
