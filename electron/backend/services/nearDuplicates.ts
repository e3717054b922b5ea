import type { Db } from '../../db/driver';
import { deleteSignature, findBandCandidates, saveSignature } from '../../db/repositories/nearDuplicates';
import { bandKeys, minhash, signatureBytes, signatureFrom, similarity } from '../../importers/minhash';

/** The most similar earlier document of the case sharing an LSH band, with its estimated similarity. */
export function findMostSimilar(db: Db, caseId: number, sig: Uint32Array): { documentId: number; similarity: number } | undefined {
  let best: { documentId: number; similarity: number } | undefined;
  for (const c of findBandCandidates(db, caseId, bandKeys(sig))) {
    const s = similarity(sig, signatureFrom(c.signature));
    if (!best || s > best.similarity || (s === best.similarity && c.id < best.documentId)) best = { documentId: c.id, similarity: s };
  }
  return best;
}

export const storeSignature = (db: Db, caseId: number, documentId: number, sig: Uint32Array): void => saveSignature(db, caseId, documentId, signatureBytes(sig), bandKeys(sig));

/** A document's text changed (decoded again, or that undone): its signature follows the text. */
export function resignDocument(db: Db, caseId: number, documentId: number, text: string): void {
  deleteSignature(db, documentId);
  const sig = minhash(text);
  if (sig) storeSignature(db, caseId, documentId, sig);
}
