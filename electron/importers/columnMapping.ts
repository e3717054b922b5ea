import { MAPPED_FIELDS, type ColumnMapping } from './types';

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

/** Parses a CLI-style mapping such as "title=headline,text=body". */
export function parseMappingSpec(spec: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, ...rest] = pair.split('=');
    const column = rest.join('=').trim();
    const f = field?.trim() as keyof ColumnMapping;
    if (!MAPPED_FIELDS.includes(f) || column === '') throw new Error(`Bad mapping "${pair}": use FIELD=COLUMN with FIELD one of ${MAPPED_FIELDS.join(', ')}.`);
    mapping[f] = column;
  }
  return mapping;
}
