import type { Document, DocumentSummary, Language } from '../../../shared/domain/schemas';
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

/** A page of a case's documents in import order; keyset-friendly via the (case_id, id) index. */
export function listDocuments(db: Db, caseId: number, offset: number, limit: number): DocumentSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.case_id = ? ORDER BY d.id LIMIT ? OFFSET ?`)
    .all(caseId, limit, offset) as SummaryRow[];
  return rows.map(toSummary);
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
