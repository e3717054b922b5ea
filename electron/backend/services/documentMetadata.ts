import type { Document, DocumentMetadata } from '../../../shared/domain/schemas';
import { UserError } from '../../../shared/ipc/result';
import { detectLanguage } from '../../../shared/nlp/langid';
import { getMetadata, replaceText, updateMetadata } from '../../db/repositories/documents';
import { countReviewedAnnotations, deleteSignature, deleteSuggestions } from '../../db/repositories/documentText';
import { readFileBytes } from '../../db/repositories/files';
import { minhash } from '../../importers/minhash';
import { parseFile } from '../../importers/parseFile';
import type { BackendContext } from '../context';
import { audit } from './audit';
import { reresolveDates } from './dates';
import { requireDocument } from './documents';
import { textKey } from './importStore';
import { storeSignature } from './nearDuplicates';

/** Corrects a document's metadata in one audited transaction; the text never changes. */
export function updateDocumentMetadata(ctx: BackendContext, id: number, changes: Partial<DocumentMetadata>): Document {
  const db = ctx.archive.db;
  db.transaction(() => {
    const row = getMetadata(db, id);
    if (!row) throw new UserError('not_found', `Document #${id} does not exist.`);
    const before = { title: row.title, publishedAt: row.published_at, author: row.author, outlet: row.outlet, url: row.url, language: row.language };
    const after = { ...before, ...changes };
    updateMetadata(db, id, after);
    audit(ctx, { action: 'document.updateMetadata', objectType: 'document', objectUid: row.uid, caseId: row.case_id, documentId: id, before, after });
    // Relative dates ("yesterday", "last Monday") follow a corrected publication date.
    if (after.publishedAt !== before.publishedAt) reresolveDates(ctx, id);
  })();
  return requireDocument(ctx, id);
}

/** Text formats whose decoding a user may override. */
const REDECODABLE = new Set(['text/plain', 'text/markdown', 'text/html']);

/**
 * Decodes a document's original bytes again with the encoding the user chose and replaces its
 * text, in one audited transaction. Refused once a person has reviewed annotations in it, since
 * their offsets point into the old text; the machine's suggestions are dropped.
 */
export async function redecodeDocument(ctx: BackendContext, id: number, encoding: string): Promise<Document> {
  const db = ctx.archive.db;
  const doc = requireDocument(ctx, id);
  if (!REDECODABLE.has(doc.file.mime) || doc.sourcePart) throw new UserError('unsupported', 'Only text and HTML files can be decoded again with another encoding.');
  const bytes = readFileBytes(db, doc.file.id);
  if (!bytes) throw new UserError('not_found', `The original file of document #${id} is missing.`);
  const parsed = await parseFile(new Uint8Array(bytes), doc.fileName, { encoding });
  const article = parsed.kind === 'articles' ? parsed.articles[0] : undefined;
  if (!article) throw new UserError('invalid_input', 'The file yields no text in this encoding.');
  db.transaction(() => {
    if (countReviewedAnnotations(db, id) > 0) {
      throw new UserError('conflict', 'This document has reviewed names or claims; decoding it again would move them. Undo the review first.');
    }
    const uid = getMetadata(db, id)?.uid ?? String(id);
    deleteSuggestions(db, id);
    deleteSignature(db, id);
    const language = article.language ?? detectLanguage(article.text);
    replaceText(db, id, { title: article.title, text: article.text, textSha256: textKey(article.text), encoding, language });
    const sig = minhash(article.text);
    if (sig) storeSignature(db, doc.caseId, id, sig);
    audit(ctx, {
      action: 'document.redecode',
      objectType: 'document',
      objectUid: uid,
      caseId: doc.caseId,
      documentId: id,
      before: { encoding: doc.file.encoding, title: doc.title },
      after: { encoding, title: article.title },
    });
  })();
  return requireDocument(ctx, id);
}
