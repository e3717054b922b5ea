import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { findPublicationDate } from '../../../shared/nlp/dates';
import { detectLanguage } from '../../../shared/nlp/langid';
import { normalizeForSearch } from '../../../shared/nlp/normalize';
import { findDocumentByTextHash, insertDocument } from '../../db/repositories/documents';
import { findFileBySha, insertFile } from '../../db/repositories/files';
import { NEAR_DUPLICATE_THRESHOLD, minhash } from '../../importers/minhash';
import type { ParsedArticle } from '../../importers/types';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { findMostSimilar, storeSignature } from './nearDuplicates';

/** News articles are thousands of characters; a text past this is a dump, not an article. */
export const MAX_TEXT_CHARS = 10_000_000;

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * The same article saved in another format has the same key: only its letters and digits count,
 * search-normalised, so line breaks, spacing, punctuation and presentation forms (a PDF's, a Word
 * file's, a web page's) never make two copies of one article look different.
 */
export const textKey = (text: string): string => sha256((normalizeForSearch(text.normalize('NFKC')).match(/[\p{L}\p{N}]+/gu) ?? []).join(''));

/** Where the stored file of an article comes from: the file itself, or a part of a container file. */
export type FileSource = { kind: 'whole'; name: string; sha: string; bytes: Uint8Array } | { kind: 'part'; name: string; containerFileId: number };

export interface StoreInput {
  caseId: number;
  /** The name shown in the outcome. */
  name: string;
  fileName: string;
  article: ParsedArticle;
  file: FileSource;
  parentDocumentId: number | null;
}

/** A part (a CSV row, an mbox message) is kept as its own small file: the fields as imported, in JSON. */
function partBytes(article: ParsedArticle): Uint8Array {
  const { title, text, publishedAt, author, outlet, url, part } = article;
  return new TextEncoder().encode(JSON.stringify({ part, title, text, publishedAt, author, outlet, url }));
}

function storeFile(ctx: BackendContext, input: StoreInput, now: string): number {
  const db = ctx.archive.db;
  if (input.file.kind === 'whole') {
    return findFileBySha(db, input.file.sha)?.id ?? insertFile(db, { sha256: input.file.sha, name: input.file.name, mime: input.article.mime, bytes: input.file.bytes, now });
  }
  const bytes = partBytes(input.article);
  const sha = sha256(bytes);
  return findFileBySha(db, sha)?.id ?? insertFile(db, { sha256: sha, name: input.file.name, mime: 'application/json', bytes, now, containerFileId: input.file.containerFileId });
}

/** Stores one article and its file in one transaction: all of it, or nothing. */
export function storeArticle(ctx: BackendContext, input: StoreInput): ImportOutcome {
  const db = ctx.archive.db;
  const { article, name, caseId } = input;
  if (article.text.trim() === '') throw UserError.coded('invalid_input', 'msg.import.noArticleText');
  if (article.text.length > MAX_TEXT_CHARS) {
    throw UserError.coded('invalid_input', 'msg.import.tooLong', { chars: Number((article.text.length / 1e6).toFixed(1)), max: MAX_TEXT_CHARS / 1e6 });
  }
  const textSha = textKey(article.text);
  const signature = minhash(article.text);
  return db.transaction((): ImportOutcome => {
    const sameText = findDocumentByTextHash(db, caseId, textSha);
    if (sameText !== undefined) {
      return { name, status: 'duplicate', duplicateOf: sameText, reason: `Duplicate of #${sameText} (same text in another file).` };
    }
    const similar = signature ? findMostSimilar(db, caseId, signature) : undefined;
    const near = similar && similar.similarity >= NEAR_DUPLICATE_THRESHOLD ? similar : undefined;
    const now = ctx.now();
    const fileId = storeFile(ctx, input, now);
    const uid = ctx.uid();
    const language = article.language ?? detectLanguage(article.text);
    const publishedAt = article.publishedAt ?? findPublicationDate(article.text);
    const id = insertDocument(db, {
      uid,
      origin: ctx.archive.archiveId,
      caseId,
      fileId,
      fileName: input.fileName,
      title: article.title,
      text: article.text,
      textSha256: textSha,
      language,
      publishedAt,
      author: article.author ?? null,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      encoding: article.encoding,
      encodingConfidence: article.encodingConfidence ?? null,
      sourcePart: article.part ?? null,
      parentDocumentId: input.parentDocumentId,
      nearDuplicateOf: near?.documentId ?? null,
      nearDuplicateSimilarity: near?.similarity ?? null,
      now,
    });
    if (signature) storeSignature(db, caseId, id, signature);
    audit(ctx, {
      action: 'document.import',
      objectType: 'document',
      objectUid: uid,
      caseId,
      documentId: id,
      after: { fileName: input.fileName, part: article.part ?? null, title: article.title, language, encoding: article.encoding, nearDuplicateOf: near?.documentId ?? null },
    });
    if (!near) return { name, status: 'imported', documentId: id, title: article.title };
    const similarity = Math.round(near.similarity * 100) / 100;
    return { name, status: 'near-duplicate', documentId: id, title: article.title, nearDuplicateOf: near.documentId, similarity, reason: `Near-duplicate of #${near.documentId} (similarity ${similarity.toFixed(2)}).` };
  })();
}
