/** Public NER API: load a trained model from bytes, label tokens, find entities in text. */
export { loadNerModel, NerModel } from './model';
export { recognizeEntities, splitSentences, type EntitySpan } from './recognize';
export { tagConllText } from './conll';
export { ENTITY_TYPES, type EntityType } from './tags';
export { adaptModel, type AdaptOptions, type CaseAdaptation, withAdaptation } from './adapt';
export { type CorrectedDocument, type CorrectedEntity } from './adaptTags';
export { decodeAdaptation, encodeAdaptation } from './adaptFormat';
