import type { ColumnChoice } from '../../shared/domain/schemas';
import { MAPPED_FIELDS, type ColumnMapping, type MappedField } from './types';

/** Column names (lower-case, Arabic and English) that usually hold each field. */
const SYNONYMS: Record<keyof ColumnMapping, readonly string[]> = {
  title: ['title', 'headline', 'heading', 'subject', 'name', 'عنوان', 'العنوان'],
  text: ['text', 'body', 'content', 'article', 'story', 'full_text', 'fulltext', 'article_text', 'نص', 'النص', 'المحتوى', 'محتوى'],
  date: ['date', 'published', 'published_at', 'publication_date', 'pubdate', 'date_published', 'datetime', 'time', 'تاريخ', 'التاريخ'],
  url: ['url', 'link', 'href', 'source_url', 'permalink', 'رابط', 'الرابط'],
  author: ['author', 'byline', 'writer', 'by', 'authors', 'كاتب', 'الكاتب'],
};

const key = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Guesses which column feeds which field: by name first, then, for the text, the column whose
 * values are longest on average (a body is the longest thing in an article row).
 */
export function detectMapping(columns: readonly string[], rows: readonly Record<string, string>[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const column = SYNONYMS[field].map((s) => columns.find((c) => key(c) === s)).find((c) => c !== undefined && !used.has(c));
    if (column !== undefined) {
      mapping[field] = column;
      used.add(column);
    }
  }
  if (mapping.text === undefined) {
    const sample = rows.slice(0, 50);
    const average = (c: string) => sample.reduce((n, r) => n + (r[c]?.length ?? 0), 0) / Math.max(1, sample.length);
    const longest = columns.filter((c) => !used.has(c)).sort((a, b) => average(b) - average(a))[0];
    if (longest !== undefined && average(longest) >= 100) mapping.text = longest;
  }
  return mapping;
}

/** The detected mapping with the user's choice over it: a chosen column replaces, null removes. */
export function applyChoice(detected: ColumnMapping, choice: ColumnChoice = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of MAPPED_FIELDS) {
    const column = choice[field] === undefined ? detected[field] : choice[field];
    if (column !== null && column !== undefined) mapping[field] = column;
  }
  return mapping;
}

const isField = (f: string): f is MappedField => (MAPPED_FIELDS as readonly string[]).includes(f);

/** Parses a CLI-style mapping such as "title=headline,text=body,author=" (nothing after the sign: no column). */
export function parseMappingSpec(spec: string): ColumnChoice {
  const choice: ColumnChoice = {};
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field = '', ...rest] = pair.split('=');
    const f = field.trim();
    if (!isField(f) || rest.length === 0) throw new Error(`Bad mapping "${pair}": use FIELD=COLUMN, or FIELD= for no column, with FIELD one of ${MAPPED_FIELDS.join(', ')}.`);
    choice[f] = rest.join('=').trim() || null;
  }
  return choice;
}
