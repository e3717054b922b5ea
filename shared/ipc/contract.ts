/**
 * The one contract between the renderer and the back end. Every host (Electron IPC, the local
 * HTTP server, the CLI) exposes exactly these channels, validates inputs and outputs with these
 * schemas and answers with a Result envelope.
 */
import { z } from 'zod';
import {
  AppInfoSchema,
  CaseExportSchema,
  CaseSchema,
  DocumentSchema,
  DocumentSummarySchema,
  IdSchema,
  ImportSummarySchema,
  ProgressSchema,
  SearchHitSchema,
} from '../domain/schemas';

const OperationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const NameSchema = z.string().trim().min(1, 'A name is required').max(200, 'A name has at most 200 characters');

/** A file sent from the renderer: its name and its bytes, base64-encoded (works over IPC and HTTP). */
export const UploadedFileSchema = z.object({
  name: z.string().min(1).max(1024),
  dataBase64: z.string().max(400 * 1024 * 1024),
});

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
    }),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(DocumentSummarySchema) }),
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
    }),
    output: ImportSummarySchema,
  },
  'app:import.paths': {
    input: z.object({
      caseId: IdSchema,
      operationId: OperationIdSchema.optional(),
      paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
    }),
    output: ImportSummarySchema,
  },
  'app:operations.cancel': {
    input: z.object({ operationId: OperationIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'app:export.case': { input: z.object({ caseId: IdSchema }), output: CaseExportSchema },
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
