import type { Extraction } from '../../shared/nlp/extract';

export interface ExtractRequest {
  id: number;
  text: string;
  anchor: string | null;
  language?: 'ar' | 'en';
}

export type ExtractResponse = { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; message: string };
