import type { Db } from '../driver';
import type { TrackedTable } from './rows';

/** Annotations a person has touched: while any exist, the text they point into must not change. */
export function countReviewedAnnotations(db: Db, documentId: number): number {
  const mentions = db.prepare("SELECT count(*) FROM mentions WHERE document_id = ? AND (status <> 'suggested' OR source = 'user')").pluck().get(documentId) as number;
  const claims = db.prepare("SELECT count(*) FROM claims WHERE document_id = ? AND (status <> 'unreviewed' OR source = 'user' OR note <> '')").pluck().get(documentId) as number;
  return mentions + claims;
}

/** Drops the machine's suggestions for a document whose text is about to be replaced (their offsets would be wrong). */
export function deleteSuggestions(db: Db, documentId: number): void {
  db.prepare('DELETE FROM claims WHERE document_id = ?').run(documentId);
  db.prepare('DELETE FROM mentions WHERE document_id = ?').run(documentId);
}

/** Every tracked row of a document: the document, its mentions and claims, and the links of those claims. */
export function documentRows(db: Db, documentId: number): { table: TrackedTable; uid: string }[] {
  return db
    .prepare(
      `SELECT 'documents' AS "table", uid FROM documents WHERE id = @id
       UNION ALL SELECT 'mentions', uid FROM mentions WHERE document_id = @id
       UNION ALL SELECT 'claims', uid FROM claims WHERE document_id = @id
       UNION ALL SELECT 'claim_links', uid FROM claim_links
         WHERE claim_id IN (SELECT id FROM claims WHERE document_id = @id) OR target_claim_id IN (SELECT id FROM claims WHERE document_id = @id)`,
    )
    .all({ id: documentId }) as { table: TrackedTable; uid: string }[];
}

/** Drops a document's mentions and claims other than the given ones (suggestions made after a text that is being put back). */
export function deleteAnnotationsExcept(db: Db, documentId: number, keep: readonly string[]): void {
  const keepJson = JSON.stringify(keep);
  db.prepare('DELETE FROM claims WHERE document_id = ? AND uid NOT IN (SELECT value FROM json_each(?))').run(documentId, keepJson);
  db.prepare('DELETE FROM mentions WHERE document_id = ? AND uid NOT IN (SELECT value FROM json_each(?))').run(documentId, keepJson);
}
