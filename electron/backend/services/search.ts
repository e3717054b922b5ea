import type { SearchHit } from '../../../shared/domain/schemas';
import { parseQuery } from '../../../shared/search/matchQuery';
import { newsRank } from '../../nlp/models';
import { highlightAll, snippet } from '../../../shared/search/snippet';
import { searchDocuments } from '../../db/repositories/search';
import type { BackendContext } from '../context';
import { requireCase } from './cases';

export function search(
  ctx: BackendContext,
  q: { query: string; caseId?: number | undefined; offset: number; limit: number },
): { total: number; hits: SearchHit[] } {
  if (q.caseId !== undefined) requireCase(ctx, q.caseId);
  const parsed = parseQuery(q.query, newsRank);
  if (parsed.match === null) return { total: 0, hits: [] };
  const { total, rows } = searchDocuments(ctx.archive.db, { match: parsed.match, caseId: q.caseId, limit: q.limit, offset: q.offset });
  return {
    total,
    hits: rows.map((r) => ({
      documentId: r.id,
      caseId: r.case_id,
      caseName: r.case_name,
      title: highlightAll(r.title, parsed.terms),
      snippet: snippet(r.text, parsed.terms),
      rank: r.rank,
    })),
  };
}
