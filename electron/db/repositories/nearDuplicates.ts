import type { Db } from '../driver';

/** Documents of a case sharing at least one LSH band key (band index = position in `keys`), with their signatures. */
export function findBandCandidates(db: Db, caseId: number, keys: readonly number[]): { id: number; signature: Buffer }[] {
  if (keys.length === 0) return [];
  return db
    .prepare(
      `SELECT DISTINCT m.document_id AS id, m.signature AS signature FROM document_minhash_bands b
       JOIN document_minhash m ON m.document_id = b.document_id
       WHERE b.case_id = ? AND (${keys.map(() => '(b.band = ? AND b.hash = ?)').join(' OR ')})`,
    )
    .all(caseId, ...keys.flatMap((k, band) => [band, k])) as { id: number; signature: Buffer }[];
}

export function saveSignature(db: Db, caseId: number, documentId: number, signature: Uint8Array, keys: readonly number[]): void {
  db.prepare('INSERT INTO document_minhash (document_id, signature) VALUES (?, ?)').run(documentId, signature);
  const insert = db.prepare('INSERT OR IGNORE INTO document_minhash_bands (case_id, band, hash, document_id) VALUES (?, ?, ?, ?)');
  keys.forEach((key, band) => insert.run(caseId, band, key, documentId));
}

export function deleteSignature(db: Db, documentId: number): void {
  db.prepare('DELETE FROM document_minhash_bands WHERE document_id = ?').run(documentId);
  db.prepare('DELETE FROM document_minhash WHERE document_id = ?').run(documentId);
}
