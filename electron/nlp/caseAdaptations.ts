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

/** A delta as a worker receives it: without its bytes when the worker should hold it already. */
export type SentAdaptation = Omit<AdaptationRef, 'bytes'> & { bytes?: Uint8Array };

/** Thrown for a delta sent without bytes that is not (or no longer) cached here. */
export class MissingAdaptation extends Error {
  constructor(readonly key: string) {
    super(`The case model ${key} is not cached in this worker.`);
  }
}

const MAX_CACHED = 16;
const cache = new Map<string, NerModel>();

/** Makes room for one more key the way the adapted-model cache does (oldest first), so the pool can mirror it. */
export function evictOldest(keys: { size: number; keys(): IterableIterator<string>; delete(key: string): boolean }): void {
  if (keys.size >= MAX_CACHED) keys.delete(keys.keys().next().value as string);
}

/** The base models with the case's deltas applied; adapted models are cached per key. */
export function adaptedModels(base: Partial<Record<'ar' | 'en', NerModel>>, refs: readonly SentAdaptation[] = []): Partial<Record<'ar' | 'en', NerModel>> {
  const out = { ...base };
  for (const ref of refs) {
    const model = base[ref.language];
    if (!model) continue;
    let adapted = cache.get(ref.key);
    if (!adapted) {
      if (!ref.bytes) throw new MissingAdaptation(ref.key);
      adapted = withAdaptation(model, decodeAdaptation(ref.bytes));
      evictOldest(cache);
      cache.set(ref.key, adapted);
    }
    out[ref.language] = adapted;
  }
  return out;
}
