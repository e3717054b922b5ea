import { z } from 'zod';

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
  }),
});
export type Document = z.infer<typeof DocumentSchema>;

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
  z.object({ name: z.string(), status: z.literal('failed'), reason: z.string() }),
  z.object({ name: z.string(), status: z.literal('cancelled'), reason: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const ImportSummarySchema = z.object({
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  outcomes: z.array(ImportOutcomeSchema),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ProgressSchema = z.object({
  operationId: z.string(),
  kind: z.enum(['import', 'extract']),
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

export const CaseExportSchema = z.object({
  format: z.literal('casefile-case'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  archiveId: z.string(),
  case: CaseSchema,
  documents: z.array(DocumentSchema),
});
export type CaseExport = z.infer<typeof CaseExportSchema>;
