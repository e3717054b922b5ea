import { REVIEW_CONDITIONS } from './documents';
import type { Db } from '../driver';

export interface CaseModelRow {
  language: 'ar' | 'en';
  adaptation: Buffer;
  documents: number;
  updated_at: string;
}

export function caseModels(db: Db, caseId: number): CaseModelRow[] {
  return db.prepare('SELECT language, adaptation, documents, updated_at FROM case_models WHERE case_id = ?').all(caseId) as CaseModelRow[];
}

/** The digest of the inputs the case's model for a language was trained on, if there is one. */
export function caseModelFingerprint(db: Db, caseId: number, language: 'ar' | 'en'): string | undefined {
  return db.prepare('SELECT fingerprint FROM case_models WHERE case_id = ? AND language = ?').pluck().get(caseId, language) as string | undefined;
}

export function saveCaseModel(db: Db, m: { caseId: number; language: 'ar' | 'en'; adaptation: Uint8Array; documents: number; fingerprint: string; now: string }): void {
  db.prepare(
    `INSERT INTO case_models (case_id, language, adaptation, documents, fingerprint, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, language) DO UPDATE SET adaptation = excluded.adaptation, documents = excluded.documents,
       fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`,
  ).run(m.caseId, m.language, Buffer.from(m.adaptation), m.documents, m.fingerprint, m.now);
}

export function deleteCaseModel(db: Db, caseId: number, language: 'ar' | 'en'): void {
  db.prepare('DELETE FROM case_models WHERE case_id = ? AND language = ?').run(caseId, language);
}

/**
 * Documents a reviewer has finished: at least one decision on a name and no name suggestion left
 * open. Their accepted names (dates aside) are the corrections a case model learns from. Texts are
 * left out: a model's fingerprint needs only their digests (see documentTexts).
 */
export function correctedDocuments(db: Db, caseId: number): { id: number; text_sha256: string; language: string }[] {
  return db
    .prepare(
      `SELECT d.id, d.text_sha256, d.language FROM documents d
       WHERE d.case_id = ? AND ${REVIEW_CONDITIONS.finished}
       ORDER BY d.id`,
    )
    .all(caseId) as { id: number; text_sha256: string; language: string }[];
}

/** The texts of the given documents, by id: read only when a case model must retrain. */
export function documentTexts(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; text: string }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

export function acceptedNames(db: Db, documentId: number): { type: 'PER' | 'ORG' | 'LOC' | 'MISC'; start: number; end: number }[] {
  return db
    .prepare("SELECT type, start, end FROM mentions WHERE document_id = ? AND status = 'accepted' AND type != 'DATE' ORDER BY start")
    .all(documentId) as { type: 'PER' | 'ORG' | 'LOC' | 'MISC'; start: number; end: number }[];
}
