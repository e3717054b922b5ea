import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { basename } from 'node:path';
import type { ColumnChoice, ImportOutcome, ImportSummary } from '../../../shared/domain/schemas';
import { coded, type MessageCode } from '../../../shared/i18n/messageCode';
import type { MessageKey, Params } from '../../../shared/i18n/translate';
import { UserError } from '../../../shared/ipc/result';
import { findDocumentByContainer, findDocumentByFile } from '../../db/repositories/documents';
import { findFileBySha, insertFile } from '../../db/repositories/files';
import { createParser, DEFAULT_PARSE_LIMITS, type ParseLimits, type Parser } from '../../importers/parserWorker';
import type { ImportSource } from '../../importers/sources';
import type { EmbeddedFile, ParsedArticle } from '../../importers/types';
import type { BackendContext } from '../context';
import type { Operation } from '../progress';
import { requireCase } from './cases';
import { sha256, storeArticle, type FileSource } from './importStore';

/** Larger files are refused before they are read into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Zips inside zips are followed this deep, no deeper (a nested bomb stops here). */
const MAX_DEPTH = 3;

export interface ImportOptions {
  /** Column mapping for CSV/JSON/JSONL files, over the detected one (null: no column for that field). */
  mapping?: ColumnChoice;
  limits?: ParseLimits;
}

/** Why a file failed or was skipped: the English text, and its code when the failure is one we word. */
type Reason = { reason: string; reasonCode?: MessageCode };

const codedReason = (key: MessageKey, params?: Params): Reason => {
  const c = coded(key, params);
  return { reason: c.message, reasonCode: c.messageCode };
};

function reasonOf(error: unknown): Reason {
  if (error instanceof UserError) return error.messageCode ? { reason: error.message, reasonCode: error.messageCode } : { reason: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { ...codedReason('msg.import.unreadable'), reason: `Could not be imported: ${message}` };
}

const CANCELLED = codedReason('msg.import.cancelled');

const tooLarge = (size: number) => UserError.coded('invalid_input', 'msg.import.tooLarge', { size: Math.round(size / 1048576), max: MAX_FILE_BYTES / 1048576 });

/** One batch: the case, the parser worker, the progress and the outcomes so far. */
interface Batch {
  ctx: BackendContext;
  caseId: number;
  parser: Parser;
  mapping: ColumnChoice | undefined;
  op: Operation;
  /** Files to do: the sources, plus the entries of containers as they are opened. */
  total: number;
  outcomes: ImportOutcome[];
}

/** A file to parse: its bytes, the name shown, and where it sits (inside a zip, attached to a message). */
interface Unit {
  label: string;
  fileName: string;
  bytes: Uint8Array;
  depth: number;
  parentDocumentId: number | null;
}

/** The document already made from these exact bytes in this case, if any. */
function sameFile(b: Batch, sha: string): number | undefined {
  const file = findFileBySha(b.ctx.archive.db, sha);
  if (!file) return undefined;
  return findDocumentByFile(b.ctx.archive.db, b.caseId, file.id) ?? findDocumentByContainer(b.ctx.archive.db, b.caseId, file.id);
}

function containerFile(b: Batch, unit: Unit, sha: string, mime: string): number {
  const db = b.ctx.archive.db;
  return db.transaction(() => findFileBySha(db, sha)?.id ?? insertFile(db, { sha256: sha, name: unit.fileName, mime, bytes: unit.bytes, now: b.ctx.now() }))();
}

async function importUnit(b: Batch, unit: Unit): Promise<void> {
  const fail = (label: string, error: unknown) => b.outcomes.push({ name: label, status: 'failed', ...reasonOf(error) });
  if (unit.bytes.byteLength > MAX_FILE_BYTES) return void fail(unit.label, tooLarge(unit.bytes.byteLength));
  const sha = sha256(unit.bytes);
  const existing = sameFile(b, sha);
  if (existing !== undefined) {
    b.outcomes.push({ name: unit.label, status: 'duplicate', duplicateOf: existing, reason: `Duplicate of #${existing} (same file).` });
    return;
  }
  let parsed;
  try {
    parsed = await b.parser.parse(unit.bytes, unit.fileName, { mapping: b.mapping });
  } catch (error) {
    return void fail(unit.label, error);
  }
  if (parsed.kind === 'container') return importEntries(b, unit, parsed.entries, null);
  const many = parsed.articles.length > 1 || parsed.articles.some((a) => a.part !== undefined);
  const containerId = many ? containerFile(b, unit, sha, parsed.articles[0]?.mime ?? 'application/octet-stream') : null;
  for (const article of parsed.articles) {
    const label = article.part ? `${unit.label} › ${article.part}` : unit.label;
    const file: FileSource =
      containerId === null ? { kind: 'whole', name: unit.fileName, sha, bytes: unit.bytes } : { kind: 'part', name: `${unit.fileName} (${article.part ?? 'part'})`, containerFileId: containerId };
    await storeOne(b, unit, label, article, file);
  }
}

async function storeOne(b: Batch, unit: Unit, label: string, article: ParsedArticle, file: FileSource): Promise<void> {
  let outcome: ImportOutcome;
  try {
    outcome = storeArticle(b.ctx, { caseId: b.caseId, name: label, fileName: unit.fileName, article, file, parentDocumentId: unit.parentDocumentId });
  } catch (error) {
    b.outcomes.push({ name: label, status: 'failed', ...reasonOf(error) });
    return;
  }
  b.outcomes.push(outcome);
  // Attachments become documents of their own, linked to the message they came with.
  const parent = outcome.status === 'imported' || outcome.status === 'near-duplicate' ? outcome.documentId : null;
  if (article.attachments?.length) await importEntries(b, { ...unit, label }, article.attachments, parent);
}

async function importEntries(b: Batch, unit: Unit, entries: readonly EmbeddedFile[], parentDocumentId: number | null): Promise<void> {
  if (unit.depth >= MAX_DEPTH) {
    b.outcomes.push({ name: unit.label, status: 'failed', ...codedReason('msg.import.tooDeep', { depth: MAX_DEPTH }) });
    return;
  }
  b.total += entries.length;
  b.op.setTotal(b.total);
  for (const entry of entries) {
    const label = `${unit.label} › ${entry.name}`;
    // A cancel inside a large zip stops after the current entry too.
    if (b.op.cancelled) b.outcomes.push({ name: label, status: 'cancelled', ...CANCELLED });
    else await importUnit(b, { label, fileName: basename(entry.name), bytes: entry.bytes, depth: unit.depth + 1, parentDocumentId });
    b.op.step(label);
    await yieldToEventLoop();
  }
}

async function importSource(b: Batch, source: ImportSource): Promise<void> {
  const label = basename(source.name);
  try {
    if (source.error) throw source.error;
    if (source.size !== null && source.size > MAX_FILE_BYTES) throw tooLarge(source.size);
    const bytes = await source.read();
    await importUnit(b, { label, fileName: label, bytes, depth: 0, parentDocumentId: null });
  } catch (error) {
    b.outcomes.push({ name: label, status: 'failed', ...reasonOf(error) });
  }
}

export function summarise(outcomes: ImportOutcome[]): ImportSummary {
  const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    imported: count('imported'),
    duplicates: count('duplicate'),
    nearDuplicates: count('near-duplicate'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    outcomes,
  };
}

/**
 * Imports every source into a case. Every file (and every row, message, zip entry or attachment
 * inside one) ends with exactly one outcome; a failure never stops the batch; a cancel stops after
 * the current file and marks the rest cancelled. Parsing runs in a worker thread with per-file limits.
 */
export async function importSources(
  ctx: BackendContext,
  caseId: number,
  sources: readonly ImportSource[],
  operationId?: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  requireCase(ctx, caseId);
  const op = ctx.operations.start('import', sources.length, operationId);
  const batch: Batch = { ctx, caseId, parser: createParser(options.limits ?? DEFAULT_PARSE_LIMITS), mapping: options.mapping, op, total: sources.length, outcomes: [] };
  try {
    for (const source of sources) {
      const name = basename(source.name);
      if (op.cancelled) {
        batch.outcomes.push({ name, status: 'cancelled', ...CANCELLED });
        continue;
      }
      await importSource(batch, source);
      op.step(name);
      // Lets progress events and cancel requests through between files.
      await yieldToEventLoop();
    }
  } finally {
    op.finish();
    await batch.parser.close();
  }
  return summarise(batch.outcomes);
}
