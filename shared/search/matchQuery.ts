import { WORD, searchKey, searchStem, type WordRank } from './searchKey';

export interface ParsedQuery {
  /** FTS5 MATCH expression, or null when the query has no searchable word. */
  match: string | null;
  /** Normalised terms (phrases as word lists) for highlighting. */
  terms: string[][];
}

const quote = (word: string): string => `"${word.replace(/"/g, '""')}"`;

/**
 * Turns what a user typed into a safe FTS5 expression: every word must occur (in the text or as
 * a stem), "quoted words" must occur as a phrase, a trailing * asks for a prefix. User input never
 * reaches FTS5 syntax unquoted. Given the ranks the stems column was built with, a query word
 * with a proclitic (وبغداد) also matches the bare word; without them a bare query word still
 * finds it with proclitics (بغداد finds وبغداد), as those are stripped in the stems column.
 */
export function parseQuery(query: string, rank?: WordRank): ParsedQuery {
  const parts: string[] = [];
  const terms: string[][] = [];
  const pieces = query.match(/"[^"]*"|[^\s"]+/g) ?? [];
  for (const piece of pieces) {
    const isPhrase = piece.startsWith('"');
    const prefix = !isPhrase && piece.endsWith('*');
    const words = searchKey(piece).match(WORD) ?? [];
    if (words.length === 0) continue;
    terms.push(words);
    if (isPhrase && words.length > 1) {
      const phrase = words.map(quote).join(' ');
      const stemPhrase = words.map((w) => quote(searchStem(w, rank))).join(' ');
      parts.push(`({title body} : (${phrase}) OR stems : (${stemPhrase}))`);
      continue;
    }
    for (const word of words) {
      const star = prefix ? ' *' : '';
      parts.push(`({title body} : ${quote(word)}${star} OR stems : ${quote(searchStem(word, rank))}${star})`);
    }
  }
  return { match: parts.length > 0 ? parts.join(' AND ') : null, terms };
}
