import type { ColumnChoice, Language } from '../../shared/domain/schemas';

/** What an importer extracts from one article. The text is stored as is and never changes after. */
export interface ParsedArticle {
  title: string;
  text: string;
  mime: string;
  encoding: string | null;
  /** 0..1, how sure the encoding detection is; absent when the format fixes the encoding. */
  encodingConfidence?: number;
  language?: Language;
  publishedAt?: string | null;
  author?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** A label inside the file (a CSV row, an mbox message) that names this article in outcomes. */
  part?: string;
  /** Files carried inside this article (e-mail attachments), imported as documents linked to it. */
  attachments?: EmbeddedFile[];
}

export interface EmbeddedFile {
  name: string;
  bytes: Uint8Array;
}

/** Which input field feeds which document field, for one-article-per-row files. */
export interface ColumnMapping {
  title?: string;
  text?: string;
  date?: string;
  url?: string;
  author?: string;
}
export const MAPPED_FIELDS = ['title', 'text', 'date', 'url', 'author'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export interface ParseOptions {
  /** A user-chosen encoding that replaces detection (text formats). */
  encoding?: string;
  /** The user's columns over the detected ones (CSV/JSON/JSONL); null leaves a field without a column. */
  mapping?: ColumnChoice;
}

/** Articles, or the files inside a container (a zip) to import one by one. */
export type ParseResult = { kind: 'articles'; articles: ParsedArticle[] } | { kind: 'container'; entries: EmbeddedFile[] };

export interface Importer {
  /** Short format name used in messages and benchmarks. */
  format: string;
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  parse(bytes: Uint8Array, fileName: string, options: ParseOptions): ParseResult | Promise<ParseResult>;
}

export const articles = (...list: ParsedArticle[]): ParseResult => ({ kind: 'articles', articles: list });
