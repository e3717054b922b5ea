import type { NerModel } from '../../shared/nlp/ner';
import { withAdaptation } from '../../shared/nlp/ner/adapt';
import { decodeAdaptation } from '../../shared/nlp/ner/adaptFormat';

/** A case's learnt delta for one language, as sent to an extraction worker. */
export interface AdaptationRef {
  /** Changes whenever the case model is retrained: caseId:language:updatedAt. */
  key: string;
  language: 'ar' | 'en';
  bytes: Uint8Array;
}

const MAX_CACHED = 16;
const cache = new Map<string, NerModel>();

/** The base models with the case's deltas applied; adapted models are cached per key. */
export function adaptedModels(base: Partial<Record<'ar' | 'en', NerModel>>, refs: readonly AdaptationRef[] = []): Partial<Record<'ar' | 'en', NerModel>> {
  const out = { ...base };
  for (const ref of refs) {
    const model = base[ref.language];
    if (!model) continue;
    let adapted = cache.get(ref.key);
    if (!adapted) {
      adapted = withAdaptation(model, decodeAdaptation(ref.bytes));
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(ref.key, adapted);
    }
    out[ref.language] = adapted;
  }
  return out;
}
