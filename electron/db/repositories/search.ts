import type { Db } from '../driver';

export interface SearchRow {
  id: number;
  case_id: number;
  case_name: string;
  title: string;
  text: string;
  rank: number;
}

const caseFilter = (caseId: number | undefined): string => (caseId === undefined ? '' : 'AND d.case_id = @caseId');

/** Ranked matches for an FTS5 expression built by shared/search/matchQuery (never raw user input). */
export function searchDocuments(
  db: Db,
  q: { match: string; caseId: number | undefined; limit: number; offset: number },
): { total: number; rows: SearchRow[] } {
  const params = { match: q.match, caseId: q.caseId, limit: q.limit, offset: q.offset };
  const total = db
    .prepare(
      `SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH @match ${caseFilter(q.caseId)}`,
    )
    .pluck()
    .get(params) as number;
  // Title hits weigh more than body hits; stems weigh less than the word as written.
  const rows = db
    .prepare(
      `SELECT d.id, d.case_id, c.name AS case_name, d.title, d.text, bm25(documents_fts, 4.0, 1.0, 0.5) AS rank
       FROM documents_fts
       JOIN documents d ON d.id = documents_fts.rowid
       JOIN cases c ON c.id = d.case_id
       WHERE documents_fts MATCH @match ${caseFilter(q.caseId)}
       ORDER BY rank LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SearchRow[];
  return { total, rows };
}
