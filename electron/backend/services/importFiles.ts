import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { basename } from 'node:path';
import type { ImportOutcome, ImportSummary } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { detectLanguage } from '../../../shared/nlp/langid';
import { normalizeForSearch } from '../../../shared/nlp/normalize';
import { findDocumentByFile, findDocumentByTextHash, insertDocument } from '../../db/repositories/documents';
import { findFileBySha, insertFile } from '../../db/repositories/files';
import { importerFor } from '../../importers/registry';
import type { ImportSource } from '../../importers/sources';
import type { ParsedArticle } from '../../importers/types';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { requireCase } from './cases';

/** Larger files are refused before they are read into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The same article saved twice with different bytes (BOM, line endings, spacing) has the same key. */
const textKey = (text: string): string => sha256(normalizeForSearch(text).replace(/\s+/g, ' ').trim());

function reasonOf(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not be imported: ${message}`;
}

type Step = { kind: 'duplicate'; of: number; reason: string } | { kind: 'parsed'; bytes: Uint8Array; sha: string; article: ParsedArticle };

async function prepare(ctx: BackendContext, caseId: number, source: ImportSource): Promise<Step> {
  if (source.error) throw new UserError('not_found', source.error);
  if (source.size !== null && source.size > MAX_FILE_BYTES) {
    throw new UserError('invalid_input', `Too large: ${(source.size / 1048576).toFixed(0)} MB (at most ${MAX_FILE_BYTES / 1048576} MB per file).`);
  }
  const name = basename(source.name);
  const importer = importerFor(name);
  const bytes = await source.read();
  const sha = sha256(bytes);
  const file = findFileBySha(ctx.archive.db, sha);
  const existing = file && findDocumentByFile(ctx.archive.db, caseId, file.id);
  if (existing !== undefined) return { kind: 'duplicate', of: existing, reason: `Duplicate of #${existing} (same file).` };
  return { kind: 'parsed', bytes, sha, article: importer.parse(bytes, name) };
}

/** Stores one file and its document in one transaction: all of it, or nothing. */
function store(ctx: BackendContext, caseId: number, name: string, step: Extract<Step, { kind: 'parsed' }>): ImportOutcome {
  const db = ctx.archive.db;
  const { article } = step;
  return db.transaction((): ImportOutcome => {
    const textSha = textKey(article.text);
    const sameText = findDocumentByTextHash(db, caseId, textSha);
    if (sameText !== undefined) {
      return { name, status: 'duplicate', duplicateOf: sameText, reason: `Duplicate of #${sameText} (same text in another file).` };
    }
    const now = ctx.now();
    const fileId = findFileBySha(db, step.sha)?.id ?? insertFile(db, { sha256: step.sha, name, mime: article.mime, bytes: step.bytes, now });
    const uid = ctx.uid();
    const language = article.language ?? detectLanguage(article.text);
    const id = insertDocument(db, {
      uid,
      origin: ctx.archive.archiveId,
      caseId,
      fileId,
      fileName: name,
      title: article.title,
      text: article.text,
      textSha256: textSha,
      language,
      publishedAt: article.publishedAt ?? null,
      author: article.author ?? null,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      encoding: article.encoding,
      now,
    });
    audit(ctx, {
      action: 'document.import',
      objectType: 'document',
      objectUid: uid,
      caseId,
      documentId: id,
      after: { fileName: name, sha256: step.sha, title: article.title, language, encoding: article.encoding },
    });
    return { name, status: 'imported', documentId: id, title: article.title };
  })();
}

/**
 * Imports every source into a case. Every source ends with exactly one outcome; a failure never
 * stops the batch; a cancel stops after the current file and marks the rest cancelled.
 */
export async function importSources(
  ctx: BackendContext,
  caseId: number,
  sources: readonly ImportSource[],
  operationId?: string,
): Promise<ImportSummary> {
  requireCase(ctx, caseId);
  const op = ctx.operations.start('import', sources.length, operationId);
  const outcomes: ImportOutcome[] = [];
  try {
    for (const source of sources) {
      const name = basename(source.name);
      if (op.cancelled) {
        outcomes.push({ name, status: 'cancelled', reason: 'Import was cancelled before this file.' });
        continue;
      }
      try {
        const step = await prepare(ctx, caseId, source);
        outcomes.push(step.kind === 'duplicate' ? { name, status: 'duplicate', duplicateOf: step.of, reason: step.reason } : store(ctx, caseId, name, step));
      } catch (error) {
        outcomes.push({ name, status: 'failed', reason: reasonOf(error) });
      }
      op.step(name);
      // Lets progress events and cancel requests through between files.
      await yieldToEventLoop();
    }
  } finally {
    op.finish();
  }
  const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { imported: count('imported'), duplicates: count('duplicate'), failed: count('failed'), cancelled: count('cancelled'), outcomes };
}
