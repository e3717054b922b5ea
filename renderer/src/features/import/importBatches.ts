import { base64Length } from '../../lib/base64';
import type { ColumnMapping } from './droppedFiles';

export const MAX_BATCH_BYTES = 64 * 1024 * 1024;
export const MAX_BATCH_FILES = 200;

/**
 * Groups files (by index) into requests of at most maxFiles files and maxBytes of base64 text,
 * keeping their order. A file larger than maxBytes goes alone in its own request.
 */
export function planBatches(sizes: readonly number[], maxBytes = MAX_BATCH_BYTES, maxFiles = MAX_BATCH_FILES): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  sizes.forEach((size, index) => {
    const cost = base64Length(size);
    if (batch.length > 0 && (batch.length >= maxFiles || bytes + cost > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(index);
    bytes += cost;
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export interface ImportRequest {
  indices: number[];
  mapping?: ColumnMapping;
}

/**
 * Requests for a whole import: files without a column mapping in batches (planBatches), then each
 * mapped file alone, since a request's mapping applies to every table file in it.
 */
export function planRequests(files: readonly { size: number; mapping?: ColumnMapping }[], maxBytes = MAX_BATCH_BYTES, maxFiles = MAX_BATCH_FILES): ImportRequest[] {
  const plain = files.flatMap((f, i) => (f.mapping ? [] : [i]));
  const batches = planBatches(plain.map((i) => files[i]?.size ?? 0), maxBytes, maxFiles).map((batch) => ({
    indices: batch.map((k) => plain[k]).filter((i): i is number => i !== undefined),
  }));
  const mapped = files.flatMap((f, i) => (f.mapping ? [{ indices: [i], mapping: f.mapping }] : []));
  return [...batches, ...mapped];
}

/** Hidden files (.DS_Store, .git/…) in a chosen folder are not articles; skip them. */
export const isHiddenPath = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

/** A unique id the server tags its progress events with (crypto.getRandomValues works in every host). */
export function newOperationId(prefix = 'import'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
