import type { Document, DocumentMetadata, Language } from '../../../../shared/domain/schemas';
import { displayDate } from './paragraphs';

/** The metadata form as the user types it: every field a string (an empty one clears it). */
export interface MetadataForm {
  title: string;
  publishedAt: string;
  author: string;
  outlet: string;
  url: string;
  language: Language;
}

export function metadataForm(doc: Document): MetadataForm {
  return {
    title: doc.title,
    publishedAt: displayDate(doc.publishedAt) ?? '',
    author: doc.author ?? '',
    outlet: doc.outlet ?? '',
    url: doc.url ?? '',
    language: doc.language,
  };
}

const NULLABLE = ['publishedAt', 'author', 'outlet', 'url'] as const;

/**
 * Only the fields the user changed, as the contract takes them: a cleared optional field becomes
 * null. Values are sent as typed (no validation here) so the server's own message is what the user sees.
 */
export function changedMetadata(doc: Document, form: MetadataForm): Partial<DocumentMetadata> {
  const before = metadataForm(doc);
  const changes: Partial<DocumentMetadata> = {};
  if (form.title.trim() !== before.title.trim()) changes.title = form.title;
  if (form.language !== before.language) changes.language = form.language;
  for (const key of NULLABLE) {
    const value = form[key].trim();
    if (value !== before[key].trim()) changes[key] = value === '' ? null : value;
  }
  return changes;
}

/** Formats whose bytes the back end decodes again; rows and messages inside a container file are not. */
const REDECODABLE = new Set(['text/plain', 'text/markdown', 'text/html']);

export const canRedecode = (doc: Document): boolean => REDECODABLE.has(doc.file.mime) && !doc.sourcePart;

/** Similarity with two decimals, as the back end's own messages write it ("0.86"). */
export const formatSimilarity = (similarity: number): string => similarity.toFixed(2);
