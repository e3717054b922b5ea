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
      `SELECT ${SUMMARY_COLUMNS}, d.text, d.author, d.outlet, d.url, d.encoding, d.file_id,
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
    file: { id: r.file_id, name: r.f_name, mime: r.f_mime, size: r.f_size, sha256: r.f_sha256, encoding: r.encoding },
  };
}

export function listDocumentIds(db: Db, caseId: number): number[] {
  return (db.prepare('SELECT id FROM documents WHERE case_id = ? ORDER BY id').pluck().all(caseId) as number[]);
}

export function findDocumentByFile(db: Db, caseId: number, fileId: number): number | undefined {
  return db.prepare('SELECT id FROM documents WHERE case_id = ? AND file_id = ?').pluck().get(caseId, fileId) as
    | number
    | undefined;
}

export function findDocumentByTextHash(db: Db, caseId: number, textSha256: string): number | undefined {
  return db
    .prepare('SELECT id FROM documents WHERE case_id = ? AND text_sha256 = ? ORDER BY id LIMIT 1')
    .pluck()
    .get(caseId, textSha256) as number | undefined;
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
}

export function insertDocument(db: Db, d: NewDocument): number {
  const info = db
    .prepare(
      `INSERT INTO documents (uid, origin, case_id, file_id, file_name, title, text, text_sha256, language,
                              published_at, author, outlet, url, encoding, imported_at)
       VALUES (@uid, @origin, @caseId, @fileId, @fileName, @title, @text, @textSha256, @language,
               @publishedAt, @author, @outlet, @url, @encoding, @now)`,
    )
    .run(d);
  return Number(info.lastInsertRowid);
}
