import type { Document, DocumentMetadata } from '../../../shared/domain/schemas';
import { coded } from '../../../shared/i18n/messageCode';
import { UserError } from '../../../shared/ipc/result';
import { detectLanguage } from '../../../shared/nlp/langid';
import { getMetadata, replaceText, updateMetadata } from '../../db/repositories/documents';
import { countReviewedAnnotations, deleteSuggestions } from '../../db/repositories/documentText';
import { readFileBytes } from '../../db/repositories/files';
import { parseFile } from '../../importers/parseFile';
import type { BackendContext } from '../context';
import { anchorOf, reresolveDates } from './dates';
import { requireDocument } from './documents';
import { propose, storeExtraction } from './extraction';
import { textKey } from './importStore';
import { resignDocument } from './nearDuplicates';
import { runCommand } from './review/command';

/**
 * Corrects a document's metadata as one undoable command; the text never changes. Relative dates
 * ("yesterday", "last Monday") of its names and claims follow a corrected publication date.
 */
export function updateDocumentMetadata(ctx: BackendContext, id: number, changes: Partial<DocumentMetadata>): Document {
  const db = ctx.archive.db;
  const row = getMetadata(db, id);
  if (!row) throw UserError.coded('not_found', 'msg.error.documentMissing', { id: String(id) });
  runCommand(ctx, row.case_id, 'document.updateMetadata', coded('msg.history.editDocument', { id: String(id) }), (t) => {
    t.trackDocument(id);
    const before = { title: row.title, publishedAt: row.published_at, author: row.author, outlet: row.outlet, url: row.url, language: row.language };
    const after = { ...before, ...changes };
    updateMetadata(db, id, after);
    if (after.publishedAt !== before.publishedAt) reresolveDates(db, requireDocument(ctx, id), ctx.now());
  });
  return requireDocument(ctx, id);
}

/** Text formats whose decoding a user may override. */
const REDECODABLE = new Set(['text/plain', 'text/markdown', 'text/html']);

function refuseIfReviewed(ctx: BackendContext, id: number): void {
  if (countReviewedAnnotations(ctx.archive.db, id) > 0) {
    throw UserError.coded('conflict', 'msg.error.documentReviewed');
  }
}

/**
 * Decodes a document's original bytes again with the encoding the user chose, replaces its text
 * and proposes names and claims in the new text, as one undoable command. Refused once a person
 * has reviewed annotations in it, since their offsets point into the old text; the machine's
 * suggestions for the old text are dropped.
 */
export async function redecodeDocument(ctx: BackendContext, id: number, encoding: string): Promise<Document> {
  const db = ctx.archive.db;
  const doc = requireDocument(ctx, id);
  if (!REDECODABLE.has(doc.file.mime) || doc.sourcePart) throw UserError.coded('unsupported', 'msg.error.redecodeUnsupported');
  refuseIfReviewed(ctx, id);
  const bytes = readFileBytes(db, doc.file.id);
  if (!bytes) throw UserError.coded('not_found', 'msg.error.originalMissing', { id: String(id) });
  const parsed = await parseFile(new Uint8Array(bytes), doc.fileName, { encoding });
  const article = parsed.kind === 'articles' ? parsed.articles[0] : undefined;
  if (!article) throw UserError.coded('invalid_input', 'msg.error.noTextInEncoding');
  // Extraction runs in a worker, before the command's transaction, so the command stays synchronous.
  const proposal = await propose(ctx, doc.caseId, article.text, anchorOf(doc));
  runCommand(ctx, doc.caseId, 'document.redecode', coded('msg.history.redecodeDocument', { id: String(id), encoding }), (t) => {
    // A review may have landed while the text was being read.
    refuseIfReviewed(ctx, id);
    t.trackDocument(id);
    deleteSuggestions(db, id);
    const language = article.language ?? detectLanguage(article.text);
    replaceText(db, id, { title: article.title, text: article.text, textSha256: textKey(article.text), encoding, language });
    resignDocument(db, doc.caseId, id, article.text);
    storeExtraction(ctx, id, doc.caseId, proposal);
  });
  return requireDocument(ctx, id);
}
