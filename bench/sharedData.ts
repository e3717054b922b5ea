import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../tools/ner/paths';

/** A path in the team folder's data beside the checkout, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const p = resolve(dataDir, ...parts);
  return existsSync(p) ? p : null;
}
