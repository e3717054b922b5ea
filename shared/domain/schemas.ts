import { z } from 'zod';
import { MessageCodeSchema } from '../i18n/messageCode';

export const IdSchema = z.number().int().positive();

export const CaseSchema = z.object({
  id: IdSchema,
  uid: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  documentCount: z.number().int().nonnegative(),
});
export type Case = z.infer<typeof CaseSchema>;

export const LanguageSchema = z.enum(['ar', 'en', 'und']);
export type Language = z.infer<typeof LanguageSchema>;

export const DocumentSummarySchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  title: z.string(),
  language: LanguageSchema,
  publishedAt: z.string().nullable(),
  importedAt: z.string(),
  fileName: z.string(),
  chars: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentSchema = DocumentSummarySchema.extend({
  text: z.string(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  file: z.object({
    id: IdSchema,
    name: z.string(),
    mime: z.string(),
    size: z.number().int().nonnegative(),
    sha256: z.string(),
    encoding: z.string().nullable(),
    /** 0..1, how sure the encoding detection was (null when the format fixes it or the user chose). */
    encodingConfidence: z.number().min(0).max(1).nullable().optional(),
  }),
  /** Where inside its file the document came from: "row 3", "message 2", "folder/a.txt" in a zip. */
  sourcePart: z.string().nullable().optional(),
  /** The message this document was attached to. */
  parentDocumentId: IdSchema.nullable().optional(),
  /** The earlier document this one nearly duplicates, with the estimated similarity (0..1). */
  nearDuplicateOf: z.object({ id: IdSchema, similarity: z.number().min(0).max(1) }).nullable().optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** The fields of a document a user may correct after import (text never changes). */
export const DocumentMetadataSchema = z.object({
  title: z.string().trim().min(1).max(1000),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD').nullable(),
  author: z.string().trim().max(1000).nullable(),
  outlet: z.string().trim().max(1000).nullable(),
  url: z.string().trim().max(4096).nullable(),
  language: LanguageSchema,
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

/** Encodings a user may choose to re-decode a text file. */
export const TextEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', 'windows-1252', 'iso-8859-1']);

/** Which column of a CSV/JSON/JSONL file feeds which document field. */
const ColumnName = z.string().min(1).max(200);
export const ColumnMappingSchema = z.object({
  title: ColumnName.optional(),
  text: ColumnName.optional(),
  date: ColumnName.optional(),
  url: ColumnName.optional(),
  author: ColumnName.optional(),
});

/** The user's column mapping: a column per field, or null for none, also where one was detected. */
const ColumnChoice = ColumnName.nullable().optional();
export const ColumnChoiceSchema = z.object({
  title: ColumnChoice,
  text: ColumnChoice,
  date: ColumnChoice,
  url: ColumnChoice,
  author: ColumnChoice,
});
export type ColumnChoice = z.infer<typeof ColumnChoiceSchema>;

/** A one-article-per-row file before import: its columns, the mapping found, the first rows. */
export const ImportPreviewSchema = z.object({
  columns: z.array(z.string()),
  mapping: ColumnMappingSchema,
  sample: z.array(z.record(z.string(), z.string())),
  rows: z.number().int().nonnegative(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** A piece of snippet or title text; hit marks the parts that matched the query. */
export const SegmentSchema = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof SegmentSchema>;

export const SearchHitSchema = z.object({
  documentId: IdSchema,
  caseId: IdSchema,
  caseName: z.string(),
  title: z.array(SegmentSchema),
  snippet: z.array(SegmentSchema),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ name: z.string(), status: z.literal('imported'), documentId: IdSchema, title: z.string() }),
  z.object({ name: z.string(), status: z.literal('duplicate'), duplicateOf: IdSchema, reason: z.string() }),
  /** Imported, and linked to an earlier document it nearly duplicates (a republished wire story). */
  z.object({
    name: z.string(),
    status: z.literal('near-duplicate'),
    documentId: IdSchema,
    title: z.string(),
    nearDuplicateOf: IdSchema,
    similarity: z.number().min(0).max(1),
    reason: z.string(),
  }),
  /** reason is the English text; reasonCode, when present, words it in the UI's language. */
  z.object({ name: z.string(), status: z.literal('failed'), reason: z.string(), reasonCode: MessageCodeSchema.optional() }),
  z.object({ name: z.string(), status: z.literal('cancelled'), reason: z.string(), reasonCode: MessageCodeSchema.optional() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const ImportSummarySchema = z.object({
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  /** Imported and linked as near-duplicates (not counted in imported). */
  nearDuplicates: z.number().int().nonnegative().optional(),
  failed: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  outcomes: z.array(ImportOutcomeSchema),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ProgressSchema = z.object({
  operationId: z.string(),
  kind: z.enum(['import', 'extract', 'export']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  current: z.string().nullable(),
  ratePerSecond: z.number().nonnegative(),
  finished: z.boolean(),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'serve', 'cli']),
  archivePath: z.string(),
  archiveId: z.string(),
  schemaVersion: z.number().int(),
  canImportPaths: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;



export const EntityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'MISC', 'DATE']);
export type EntityTypeName = z.infer<typeof EntityTypeSchema>;
const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const MentionSchema = z.object({
  id: IdSchema,
  uid: z.string(),
  documentId: IdSchema,
  entityId: IdSchema.nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  type: EntityTypeSchema,
  status: z.enum(['suggested', 'accepted', 'rejected']),
  source: z.enum(['model', 'gazetteer', 'user']),
  confidence: z.number().nullable(),
  /** DATE mentions: the ISO date or range they resolve to. */
  value: z.string().nullable(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ClaimStatusSchema = z.enum(['unreviewed', 'verified', 'disputed', 'false', 'unverifiable']);

export const ClaimSchema = z.object({
  id: IdSchema,
  uid: z.string(),
  documentId: IdSchema,
  documentTitle: z.string(),
  speaker: z.string().nullable(),
  speakerSpan: SpanSchema.nullable(),
  speakerEntityId: IdSchema.nullable(),
  cue: SpanSchema,
  cueText: z.string(),
  contentSpan: SpanSchema,
  content: z.string(),
  direct: z.boolean(),
  medium: z.string().nullable(),
  reportedVia: z.string().nullable(),
  when: z.string().nullable(),
  confidence: z.number().nullable(),
  source: z.enum(['model', 'user']),
  status: ClaimStatusSchema,
  note: z.string(),
  /** Evidence: this claim supports, contradicts or duplicates another claim or a document. */
  links: z.array(
    z.object({
      id: IdSchema,
      relation: z.enum(['supports', 'contradicts', 'duplicates']),
      targetClaimId: IdSchema.nullable(),
      targetDocumentId: IdSchema.nullable(),
      note: z.string(),
    }),
  ),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const AuditEntrySchema = z.object({
  uid: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectUid: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const ExtractionSummarySchema = z.object({
  documents: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  failed: z.array(z.object({ documentId: IdSchema, reason: z.string() })),
  /** Re-extraction only: how many finished documents the case model learnt from first. */
  learnedFrom: z.number().int().nonnegative().optional(),
});
export type ExtractionSummary = z.infer<typeof ExtractionSummarySchema>;

export const RegisterEntitySchema = z.object({
  id: IdSchema,
  uid: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.object({ id: IdSchema, alias: z.string() })),
  mentionCount: z.number().int().nonnegative(),
  documentIds: z.array(IdSchema),
});
export type RegisterEntity = z.infer<typeof RegisterEntitySchema>;

export const MergeSuggestionSchema = z.object({
  entityIds: z.array(IdSchema).min(2),
  names: z.array(z.string()),
  reason: z.enum(['same-normalised-name', 'name-inside-name', 'same-name-other-script']),
});
export type MergeSuggestion = z.infer<typeof MergeSuggestionSchema>;

export const CaseExportSchema = z.object({
  format: z.literal('casefile-case'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  archiveId: z.string(),
  case: CaseSchema,
  documents: z.array(DocumentSchema.extend({ mentions: z.array(MentionSchema), claims: z.array(ClaimSchema) })),
  entities: z.array(RegisterEntitySchema),
  audit: z.array(AuditEntrySchema),
});
export type CaseExport = z.infer<typeof CaseExportSchema>;
