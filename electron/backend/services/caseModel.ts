import { adaptModel } from '../../../shared/nlp/ner/adapt';
import { encodeAdaptation } from '../../../shared/nlp/ner/adaptFormat';
import { acceptedNames, caseModels, correctedDocuments, deleteCaseModel, saveCaseModel } from '../../db/repositories/caseModels';
import { nerModel } from '../../nlp/models';
import type { AdaptationRef } from '../../nlp/caseAdaptations';
import type { BackendContext } from '../context';

/**
 * Retrains the case's model deltas from the documents its reviewers finished, per language, and
 * stores them in the archive. Returns how many corrected documents taught it.
 */
export function updateCaseModels(ctx: BackendContext, caseId: number): number {
  const db = ctx.archive.db;
  const docs = correctedDocuments(db, caseId);
  let used = 0;
  for (const language of ['ar', 'en'] as const) {
    const base = nerModel(language);
    const mine = docs.filter((d) => d.language === language);
    if (!base) continue;
    if (mine.length === 0) {
      deleteCaseModel(db, caseId, language);
      continue;
    }
    const adaptation = adaptModel(
      base,
      mine.map((d) => ({ text: d.text, entities: acceptedNames(db, d.id) })),
    );
    saveCaseModel(db, { caseId, language, adaptation: encodeAdaptation(adaptation), documents: mine.length, now: ctx.now() });
    used += mine.length;
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
