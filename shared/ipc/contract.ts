/**
 * The one contract between the renderer and the back end. Every host (Electron IPC, the local
 * HTTP server, the CLI) exposes exactly these channels, validates inputs and outputs with these
 * schemas and answers with a Result envelope.
 */
import { z } from 'zod';
import {
  AppInfoSchema,
  ColumnChoiceSchema,
  DocumentMetadataSchema,
  ImportPreviewSchema,
  TextEncodingSchema,
  AuditEntrySchema,
  ClaimStatusSchema,
  EntityTypeSchema,
  MergeSuggestionSchema,
  RegisterEntitySchema,
  CaseExportSchema,
  CaseSchema,
  ClaimSchema,
  DocumentSchema,
  DocumentSummarySchema,
  ExtractionSummarySchema,
  IdSchema,
  ImportSummarySchema,
  LanguageSchema,
  MentionSchema,
  ProgressSchema,
  SearchHitSchema,
} from '../domain/schemas';
import { MessageCodeSchema } from '../i18n/messageCode';

const OperationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const StepOutputSchema = z.object({ description: z.string().nullable(), descriptionCode: MessageCodeSchema.optional() });
/** An import also runs extraction on what it imported; its counts come back with the summary. */
const ImportResultSchema = ImportSummarySchema.extend({ extraction: ExtractionSummarySchema.optional() });

const SpanInputSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const DateInputSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'A date is YYYY, YYYY-MM or YYYY-MM-DD, or a range A/B');

const NameSchema = z.string().trim().min(1, 'A name is required').max(200, 'A name has at most 200 characters');

/** A file sent from the renderer: its name and its bytes, base64-encoded (works over IPC and HTTP). */
export const UploadedFileSchema = z.object({
  name: z.string().min(1).max(1024),
  dataBase64: z.string().max(400 * 1024 * 1024),
});

/** What to export: the format and whether to keep only what reviewers accepted. */
export const ExportRequestSchema = z.object({
  caseId: IdSchema,
  format: z.enum(['json', 'csv']),
  /** Only accepted names and verified claims (documents are all kept). */
  acceptedOnly: z.boolean().default(false),
  operationId: OperationIdSchema.optional(),
});
export type ExportRequest = z.output<typeof ExportRequestSchema>;

export const ExportFilesSchema = z.object({
  files: z.array(z.object({ name: z.string().min(1), mediaType: z.string(), text: z.string() })).min(1),
});
export type ExportFiles = z.output<typeof ExportFilesSchema>;

/** Orders of the document list: publication date (undated last), import order, title. */
export const DocumentSortSchema = z.enum(['newest', 'oldest', 'imported', 'title']);
export type DocumentSort = z.output<typeof DocumentSortSchema>;

/** A document's review of its names: no decision yet, decisions with suggestions still open, or all decided. */
export const ReviewStateSchema = z.enum(['notStarted', 'inProgress', 'finished']);
export type ReviewState = z.output<typeof ReviewStateSchema>;

const DateBoundSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'A date bound is YYYY, YYYY-MM or YYYY-MM-DD');

/** Every set field narrows the list; date bounds are inclusive ISO prefixes and drop undated documents. */
export const DocumentFilterSchema = z.object({
  language: LanguageSchema.optional(),
  review: ReviewStateSchema.optional(),
  outlet: z.string().min(1).max(500).optional(),
  from: DateBoundSchema.optional(),
  to: DateBoundSchema.optional(),
});
export type DocumentFilter = z.output<typeof DocumentFilterSchema>;

export const contract = {
  'app:app.info': { input: z.object({}), output: AppInfoSchema },
  'app:cases.list': { input: z.object({}), output: z.array(CaseSchema) },
  'app:cases.create': {
    input: z.object({ name: NameSchema, description: z.string().max(10_000).default('') }),
    output: CaseSchema,
  },
  'app:documents.list': {
    input: z.object({
      caseId: IdSchema,
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      sort: DocumentSortSchema.default('imported'),
      filter: DocumentFilterSchema.default({}),
    }),
    /** total counts what the filter keeps, caseTotal the whole case; outlets are the case's, for the outlet filter. */
    output: z.object({
      total: z.number().int().nonnegative(),
      caseTotal: z.number().int().nonnegative(),
      items: z.array(DocumentSummarySchema),
      outlets: z.array(z.string()),
    }),
  },
  'app:documents.get': { input: z.object({ id: IdSchema }), output: DocumentSchema },
  'app:search.query': {
    input: z.object({
      query: z.string().max(1000),
      caseId: IdSchema.optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ total: z.number().int().nonnegative(), hits: z.array(SearchHitSchema) }),
  },
  'app:import.files': {
    input: z.object({
      caseId: IdSchema,
      operationId: OperationIdSchema.optional(),
      files: z.array(UploadedFileSchema).min(1).max(10_000),
      /** Column mapping for CSV/JSON/JSONL files, over the detected one (null: no column for that field). */
      mapping: ColumnChoiceSchema.optional(),
    }),
    output: ImportResultSchema,
  },
  'app:import.paths': {
    input: z.object({
      caseId: IdSchema,
      operationId: OperationIdSchema.optional(),
      paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
      mapping: ColumnChoiceSchema.optional(),
    }),
    output: ImportResultSchema,
  },
  /** The columns and detected mapping of a CSV/JSON/JSONL file, to show and adjust before importing it. */
  'app:import.preview': {
    input: z
      .object({ path: z.string().min(1).max(4096).optional(), file: UploadedFileSchema.optional() })
      .refine((i) => (i.path === undefined) !== (i.file === undefined), 'Give either a path or a file.'),
    output: ImportPreviewSchema,
  },
  /** Corrects a document's metadata (title, date, author, outlet, URL, language); audited. */
  'app:documents.updateMetadata': {
    input: z.object({ id: IdSchema, metadata: DocumentMetadataSchema.partial() }),
    output: DocumentSchema,
  },
  /** Decodes a text document's original bytes again with the encoding the user chose. */
  'app:documents.redecode': {
    input: z.object({ id: IdSchema, encoding: TextEncodingSchema }),
    output: DocumentSchema,
  },
  'app:operations.cancel': {
    input: z.object({ operationId: OperationIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'app:mentions.list': { input: z.object({ documentId: IdSchema }), output: z.array(MentionSchema) },
  'app:claims.list': {
    input: z
      .object({ documentId: IdSchema.optional(), caseId: IdSchema.optional() })
      .refine((i) => (i.documentId === undefined) !== (i.caseId === undefined), 'Give either documentId or caseId.'),
    output: z.array(ClaimSchema),
  },
  'app:extraction.run': {
    input: z.object({ caseId: IdSchema, documentIds: z.array(IdSchema).max(100_000).optional(), operationId: OperationIdSchema.optional() }),
    output: ExtractionSummarySchema,
  },
  'app:mentions.review': {
    input: z.object({ mentionIds: z.array(IdSchema).min(1).max(10_000), status: z.enum(['accepted', 'rejected', 'suggested']) }),
    output: z.object({ changed: z.number().int().nonnegative() }),
  },
  'app:mentions.reviewName': {
    input: z.object({ caseId: IdSchema, documentId: IdSchema.nullable(), text: z.string().min(1).max(500), status: z.enum(['accepted', 'rejected']) }),
    output: z.object({ changed: z.number().int().nonnegative() }),
  },
  'app:mentions.retype': { input: z.object({ mentionId: IdSchema, type: EntityTypeSchema }), output: z.object({}) },
  'app:mentions.resize': { input: z.object({ mentionId: IdSchema, start: z.number().int().nonnegative(), end: z.number().int().positive() }), output: z.object({}) },
  'app:mentions.add': {
    input: z.object({ documentId: IdSchema, start: z.number().int().nonnegative(), end: z.number().int().positive(), type: EntityTypeSchema }),
    output: z.object({ id: IdSchema }),
  },
  'app:mentions.delete': { input: z.object({ mentionId: IdSchema }), output: z.object({}) },
  /** description is the step's English text; descriptionCode, when the step has one, words it in the UI's language. */
  'app:review.undo': { input: z.object({ caseId: IdSchema }), output: StepOutputSchema },
  'app:review.redo': { input: z.object({ caseId: IdSchema }), output: StepOutputSchema },
  'app:review.history': {
    input: z.object({ caseId: IdSchema }),
    output: z.object({
      undo: z.number().int(),
      redo: z.number().int(),
      undoDescription: z.string().nullable(),
      redoDescription: z.string().nullable(),
      undoDescriptionCode: MessageCodeSchema.optional(),
      redoDescriptionCode: MessageCodeSchema.optional(),
    }),
  },
  'app:entities.list': { input: z.object({ caseId: IdSchema }), output: z.array(RegisterEntitySchema) },
  'app:entities.merge': { input: z.object({ entityIds: z.array(IdSchema).min(2).max(1000), intoId: IdSchema }), output: z.object({}) },
  'app:entities.splitAlias': { input: z.object({ entityId: IdSchema, aliasId: IdSchema }), output: z.object({ id: IdSchema }) },
  'app:entities.rename': { input: z.object({ entityId: IdSchema, name: z.string().min(1).max(500) }), output: z.object({}) },
  'app:entities.retype': { input: z.object({ entityId: IdSchema, type: EntityTypeSchema }), output: z.object({}) },
  'app:entities.suggestMerges': { input: z.object({ caseId: IdSchema }), output: z.array(MergeSuggestionSchema) },
  'app:claims.update': {
    input: z.object({
      claimId: IdSchema,
      speakerEntityId: IdSchema.nullable().optional(),
      speaker: z.string().max(500).nullable().optional(),
      contentSpan: SpanInputSchema.optional(),
      when: DateInputSchema.nullable().optional(),
      direct: z.boolean().optional(),
      status: ClaimStatusSchema.optional(),
      note: z.string().max(20_000).optional(),
    }),
    output: z.object({}),
  },
  'app:claims.link': {
    input: z.object({
      claimId: IdSchema,
      targetClaimId: IdSchema.optional(),
      targetDocumentId: IdSchema.optional(),
      relation: z.enum(['supports', 'contradicts', 'duplicates']),
      note: z.string().max(20_000).default(''),
    }),
    output: z.object({ id: IdSchema }),
  },
  'app:claims.unlink': { input: z.object({ linkId: IdSchema }), output: z.object({}) },
  'app:claims.add': {
    input: z.object({
      documentId: IdSchema,
      contentSpan: SpanInputSchema,
      cue: SpanInputSchema.optional(),
      speaker: z.string().max(500).nullable().optional(),
      speakerEntityId: IdSchema.nullable().optional(),
      direct: z.boolean().default(false),
      when: DateInputSchema.nullable().optional(),
    }),
    output: z.object({ id: IdSchema }),
  },
  'app:claims.delete': { input: z.object({ claimId: IdSchema }), output: z.object({}) },
  'app:audit.list': {
    input: z
      .object({ documentId: IdSchema.optional(), entityId: IdSchema.optional() })
      .refine((i) => (i.documentId === undefined) !== (i.entityId === undefined), 'Give either documentId or entityId.'),
    output: z.array(AuditEntrySchema),
  },
  'app:export.case': { input: z.object({ caseId: IdSchema }), output: CaseExportSchema },
  /** The case as files to save: one JSON file, or CSV tables (entities, claims, documents). */
  'app:export.build': { input: ExportRequestSchema, output: ExportFilesSchema },
  /** Electron only: main asks where to save (a native dialog) and writes the files itself. */
  'app:export.save': {
    input: ExportRequestSchema,
    output: z.object({ saved: z.boolean(), paths: z.array(z.string()) }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);

/** Events the back end pushes to the renderer. */
export const events = {
  'app:progress': ProgressSchema,
  'app:menu': z.object({ command: z.enum(['import', 'search', 'newCase']) }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
