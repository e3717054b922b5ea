import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The team folder's data, beside the checkout; benchmarks read it at run time, never copy it. */
export const SHARED_DATA = fileURLToPath(new URL('../../shared/data', import.meta.url));

export function sharedPath(...parts: string[]): string | null {
  const p = resolve(SHARED_DATA, ...parts);
  return existsSync(p) ? p : null;
}
