import { createHash } from 'node:crypto';
import { adaptModel } from '../../../shared/nlp/ner/adapt';
import { encodeAdaptation } from '../../../shared/nlp/ner/adaptFormat';
import { acceptedNames, caseModelFingerprint, caseModels, correctedDocuments, deleteCaseModel, documentTexts, saveCaseModel } from '../../db/repositories/caseModels';
import { nerModel } from '../../nlp/models';
import type { AdaptationRef } from '../../nlp/caseAdaptations';
import type { BackendContext } from '../context';

type Corrected = { id: number; textSha256: string; names: ReturnType<typeof acceptedNames> };

/**
 * A digest of everything a case model learns from: the app version (its shipped base model), and
 * each corrected document's text digest and accepted names. Equal digests train equal models.
 */
function fingerprint(version: string, docs: readonly Corrected[]): string {
  const hash = createHash('sha256').update(version);
  for (const d of docs) hash.update(JSON.stringify([d.id, d.textSha256, d.names]));
  return hash.digest('hex');
}

/**
 * Retrains the case's model deltas from the documents its reviewers finished, per language, and
 * stores them in the archive; a language whose inputs are unchanged since its model was trained
 * keeps that model, and its texts are not read. Returns how many corrected documents taught it.
 */
export function updateCaseModels(ctx: BackendContext, caseId: number): number {
  const db = ctx.archive.db;
  const docs = correctedDocuments(db, caseId);
  let used = 0;
  for (const language of ['ar', 'en'] as const) {
    const base = nerModel(language);
    if (!base) continue;
    const mine = docs.filter((d) => d.language === language);
    if (mine.length === 0) {
      deleteCaseModel(db, caseId, language);
      continue;
    }
    used += mine.length;
    const corrected = mine.map((d) => ({ id: d.id, textSha256: d.text_sha256, names: acceptedNames(db, d.id) }));
    const digest = fingerprint(ctx.version, corrected);
    if (caseModelFingerprint(db, caseId, language) === digest) continue;
    // Same synchronous call on the one connection: every id just listed is there.
    const texts = documentTexts(db, corrected.map((d) => d.id));
    const adaptation = adaptModel(
      base,
      corrected.map((d) => ({ text: texts.get(d.id) ?? '', entities: d.names })),
    );
    saveCaseModel(db, { caseId, language, adaptation: encodeAdaptation(adaptation), documents: mine.length, fingerprint: digest, now: ctx.now() });
  }
  return used;
}

/** The case's stored deltas, ready to send to the extraction workers. */
export function caseAdaptationRefs(ctx: BackendContext, caseId: number): AdaptationRef[] {
  return caseModels(ctx.archive.db, caseId).map((m) => ({
    key: `${caseId}:${m.language}:${m.updated_at}`,
    language: m.language,
    bytes: new Uint8Array(m.adaptation),
  }));
}
