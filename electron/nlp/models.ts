import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { loadNerModel, type NerModel } from '../../shared/nlp/ner';
import { lexKey } from '../../shared/nlp/ner/resources';

/**
 * assets/models, found from wherever this code runs: dist/ (CLI), dist/electron/ (the app, also
 * inside app.asar), the TypeScript source (tests), the project folder (dev tools run as ES
 * modules, without __dirname), or CASEFILE_MODELS_DIR.
 */
export function modelsDir(): string | null {
  // In a packaged app the models are unpacked from the asar (worker threads read them).
  const here = typeof __dirname === 'string' ? __dirname.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`) : null;
  const candidates = [
    process.env.CASEFILE_MODELS_DIR,
    here && join(here, '..', 'assets', 'models'),
    here && join(here, '..', '..', 'assets', 'models'),
    join(process.cwd(), 'assets', 'models'),
  ].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(join(p, 'ner-ar.bin')) || existsSync(join(p, 'ner-en.bin'))) ?? null;
}

const cache = new Map<string, NerModel | null>();

/** The trained NER model for a language, loaded once per process; null when it is not shipped. */
export function nerModel(language: 'ar' | 'en'): NerModel | null {
  if (cache.has(language)) return cache.get(language) ?? null;
  const dir = modelsDir();
  const path = dir && join(dir, `ner-${language}.bin`);
  const model = path && existsSync(path) ? loadNerModel(new Uint8Array(readFileSync(path))) : null;
  cache.set(language, model);
  return model;
}

export function nerModels(): Partial<Record<'ar' | 'en', NerModel>> {
  const out: Partial<Record<'ar' | 'en', NerModel>> = {};
  for (const lang of ['ar', 'en'] as const) {
    const m = nerModel(lang);
    if (m) out[lang] = m;
  }
  return out;
}

/** A word's frequency rank in the news its language's model learnt from (0 = most frequent), if known. */
export function newsRank(word: string): number | undefined {
  const language = /\p{Script=Arabic}/u.test(word) ? 'ar' : 'en';
  return nerModel(language)?.resources.vocabRank.get(lexKey(language, word));
}
