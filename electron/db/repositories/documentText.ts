import type { Db } from '../driver';

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

export function deleteSignature(db: Db, documentId: number): void {
  db.prepare('DELETE FROM document_minhash_bands WHERE document_id = ?').run(documentId);
  db.prepare('DELETE FROM document_minhash WHERE document_id = ?').run(documentId);
}
