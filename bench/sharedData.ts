import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../tools/ner/paths';

/** A path in the team folder's data beside the checkout, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const p = resolve(dataDir, ...parts);
  return existsSync(p) ? p : null;
}

/** The Arabic and English article folders, or null (saying the bench is skipped) when either is missing. */
export function sharedArticleDirs(): { ar: string; en: string } | null {
  const ar = sharedPath('articles', 'ar');
  const en = sharedPath('articles', 'en');
  if (ar && en) return { ar, en };
  console.log('skipped: ../shared/data/articles is not here');
  return null;
}
