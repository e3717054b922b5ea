import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Locations shared by the NER dev-time tools. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = path.resolve(repoRoot, '..', 'shared', 'data');
export const modelsDir = path.join(repoRoot, 'assets', 'models');
export const gazetteersDir = path.join(repoRoot, 'assets', 'gazetteers');

export type Lang = 'ar' | 'en';

export const CORPUS_DIR: Record<Lang, string> = { ar: 'anercorp', en: 'conll2003' };

export function nerSplitPath(lang: Lang, split: 'train' | 'dev' | 'test'): string {
  return path.join(dataDir, 'ner', CORPUS_DIR[lang], `${split}.conll`);
}

/** Unlabeled files used for clusters and mined lists, per language. */
export const UNLABELED: Record<Lang, string[]> = {
  ar: ['ar-news.txt.gz'],
  en: ['en-wikipedia-current-events.txt.gz', 'en-ungdc-1990-2024.txt.gz'],
};

export function unlabeledPath(file: string): string {
  return path.join(dataDir, 'unlabeled', file);
}

export function parseLangArg(argv: string[]): Lang[] {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (value === 'ar' || value === 'en') return [value];
  if (value !== undefined) throw new Error(`--lang must be ar or en, got ${value}`);
  return ['ar', 'en'];
}
