/** Public types of claim extraction. Offsets are UTF-16 indices into the text as given. */

export type EntitySpan = {
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  start: number;
  end: number;
  text: string;
  confidence?: number;
};

export type DateMention = { start: number; end: number; value: { iso: string } | null };

export type ClaimLanguage = 'ar' | 'en';

export type ExtractClaimsOptions = {
  language: ClaimLanguage;
  entities?: EntitySpan[];
  documentDate?: string;
  dates?: DateMention[];
};

/**
 * 'attributed' is the only kind extracted today; statements in the article's own voice would be
 * 'authorial' once the review UI wants them, so the field exists now to keep stored rows stable.
 */
export type StatementKind = 'attributed' | 'authorial';

export type Claim = {
  kind: StatementKind;
  speaker: string | null;
  speakerSpan: [number, number] | null;
  cue: [number, number];
  contentSpan: [number, number];
  direct: boolean;
  medium?: string;
  outlet?: string;
  when?: string;
  confidence: number;
};
