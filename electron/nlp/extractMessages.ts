import type { Extraction } from '../../shared/nlp/extract';
import type { AdaptationRef } from './caseAdaptations';

export interface ExtractRequest {
  id: number;
  text: string;
  anchor: string | null;
  /** The case's learnt deltas over the shipped models, if its reviewers taught it any. */
  adaptations?: AdaptationRef[];
}

export type ExtractResponse = { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; message: string };
