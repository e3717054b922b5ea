import type { Extraction } from '../../shared/nlp/extract';
import type { SentAdaptation } from './caseAdaptations';

export interface ExtractRequest {
  id: number;
  text: string;
  anchor: string | null;
  /** The case's learnt deltas over the shipped models, if its reviewers taught it any. */
  adaptations?: SentAdaptation[];
}

export type ExtractResponse =
  | { id: number; ok: true; extraction: Extraction }
  /** `missing`: a delta sent without bytes that the worker does not hold; the pool resends with bytes. */
  | { id: number; ok: false; message: string; missing?: string };
