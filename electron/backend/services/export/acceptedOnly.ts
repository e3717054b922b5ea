import type { CaseExport } from '../../../../shared/domain/schemas';

/** The claim statuses a reviewer gives to claims they accept. */
export const ACCEPTED_CLAIM_STATUSES: ReadonlySet<string> = new Set(['verified']);

/**
 * What reviewers accepted: accepted mentions, verified claims, and the entities named by an accepted
 * mention (with counts over those only). Documents all stay: they are the sources being cited.
 */
export function onlyAccepted(data: CaseExport): CaseExport {
  const documents = data.documents.map((d) => ({
    ...d,
    mentions: d.mentions.filter((m) => m.status === 'accepted'),
    claims: d.claims.filter((c) => ACCEPTED_CLAIM_STATUSES.has(c.status)),
  }));
  const counts = new Map<number, { mentions: number; documents: Set<number> }>();
  for (const m of documents.flatMap((d) => d.mentions)) {
    if (m.entityId === null) continue;
    const c = counts.get(m.entityId) ?? { mentions: 0, documents: new Set<number>() };
    c.mentions++;
    c.documents.add(m.documentId);
    counts.set(m.entityId, c);
  }
  const entities = data.entities.flatMap((e) => {
    const c = counts.get(e.id);
    return c ? [{ ...e, mentionCount: c.mentions, documentIds: e.documentIds.filter((id) => c.documents.has(id)) }] : [];
  });
  return { ...data, documents, entities };
}
