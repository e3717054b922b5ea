import { bandKeys, signatureBytes, signatureFrom, similarity } from '../../importers/minhash';
import type { Db } from '../driver';

/** The most similar earlier document of the case sharing an LSH band, with its estimated similarity. */
export function findMostSimilar(db: Db, caseId: number, sig: Uint32Array): { documentId: number; similarity: number } | undefined {
  const keys = bandKeys(sig);
  const candidates = db
    .prepare(
      `SELECT DISTINCT m.document_id AS id, m.signature AS sig FROM document_minhash_bands b
       JOIN document_minhash m ON m.document_id = b.document_id
       WHERE b.case_id = ? AND (${keys.map(() => '(b.band = ? AND b.hash = ?)').join(' OR ')})`,
    )
    .all(caseId, ...keys.flatMap((k, band) => [band, k])) as { id: number; sig: Buffer }[];
  let best: { documentId: number; similarity: number } | undefined;
  for (const c of candidates) {
    const s = similarity(sig, signatureFrom(c.sig));
    if (!best || s > best.similarity || (s === best.similarity && c.id < best.documentId)) best = { documentId: c.id, similarity: s };
  }
  return best;
}

export function saveSignature(db: Db, caseId: number, documentId: number, sig: Uint32Array): void {
  db.prepare('INSERT INTO document_minhash (document_id, signature) VALUES (?, ?)').run(documentId, signatureBytes(sig));
  const insert = db.prepare('INSERT OR IGNORE INTO document_minhash_bands (case_id, band, hash, document_id) VALUES (?, ?, ?, ?)');
  bandKeys(sig).forEach((key, band) => insert.run(caseId, band, key, documentId));
}
