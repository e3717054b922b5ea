import type { ImportPreview } from '../../../../shared/domain/schemas';
import type { ColumnMapping, PendingFile } from './droppedFiles';

/** One-article-per-row files: their columns are shown and mapped before they are imported. */
const TABULAR = /\.(csv|tsv|json|jsonl|ndjson)$/i;
export const isTabularName = (name: string): boolean => TABULAR.test(name);

export interface MappingSteps {
  preview: (file: PendingFile) => Promise<ImportPreview>;
  /** Asks the user; null means "do not import this file". */
  ask: (file: PendingFile, preview: ImportPreview) => Promise<ColumnMapping | null>;
}

/**
 * Walks the tabular files one at a time through preview and the user's mapping; other files pass
 * as they are. A file whose preview fails goes on unmapped, so the import reports why it failed.
 */
export async function withMappings(files: readonly PendingFile[], steps: MappingSteps): Promise<PendingFile[]> {
  const out: PendingFile[] = [];
  for (const file of files) {
    if (!isTabularName(file.name)) {
      out.push(file);
      continue;
    }
    let preview: ImportPreview;
    try {
      preview = await steps.preview(file);
    } catch {
      out.push(file);
      continue;
    }
    const mapping = await steps.ask(file, preview);
    if (mapping) out.push({ ...file, mapping });
  }
  return out;
}

export const MAPPED_FIELDS = ['title', 'text', 'date', 'url', 'author'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** The first sample values of a column, shortened to one line each, for the mapping dialog. */
export function sampleValues(preview: ImportPreview, column: string | undefined, max = 60): string[] {
  if (column === undefined) return [];
  return preview.sample.map((row) => {
    const value = (row[column] ?? '').replace(/\s+/g, ' ').trim();
    return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  });
}
