import type { Language } from '../../shared/domain/schemas';

/** What an importer extracts from one file. The text is stored as is and never changes after. */
export interface ParsedArticle {
  title: string;
  text: string;
  mime: string;
  encoding: string | null;
  language?: Language;
  publishedAt?: string | null;
  author?: string | null;
  outlet?: string | null;
  url?: string | null;
}

export interface Importer {
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  parse(bytes: Uint8Array, fileName: string): ParsedArticle;
}
