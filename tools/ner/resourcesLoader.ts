import fs from 'node:fs';
import path from 'node:path';
import { addGazetteerPhrase, emptyResources, GAZ_CATEGORIES, type GazCategory, type NerResources } from '../../shared/nlp/ner/resources';
import { countryNames } from './countryNames';
import { gazetteersDir, type Lang, modelsDir } from './paths';

/** Cluster/vocabulary table committed by buildClusters.ts: word<TAB>path, most frequent first. */
export function clusterFile(lang: Lang): string {
  return path.join(modelsDir, `clusters-${lang}.tsv`);
}

function readLines(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
}

/**
 * Country names from i18n-iso-countries join the LOC list in Arabic (dev F1 with the lists from
 * before the dev-error extensions 72.54 → 73.70; the committed dev 77.37 → 77.36). English keeps
 * its own list: the package's extra names and aliases cost dev F1 (94.09 → 93.91).
 */
const COUNTRY_NAMES: Record<Lang, boolean> = { ar: true, en: false };

/**
 * Gazetteers: country names (see COUNTRY_NAMES), the files in assets/gazetteers:
 * `<lang>-<category>.txt` (one phrase a line, our own lists) and `<lang>-mined.tsv`
 * (phrase<TAB>CATEGORY, mined by mineGazetteer.ts).
 */
export function loadResources(lang: Lang, opts: { clusters?: boolean | string; gazetteers?: boolean | string; mined?: boolean } = {}): NerResources {
  const res = emptyResources(lang);
  if (opts.clusters !== false) {
    // A string names a candidate table (experiments) instead of the committed one.
    for (const line of readLines(typeof opts.clusters === 'string' ? opts.clusters : clusterFile(lang))) {
      const [word = '', p = ''] = line.split('\t');
      res.vocabRank.set(word, res.vocabRank.size);
      if (p) res.clusters.set(word, p);
    }
  }
  if (opts.gazetteers !== false) {
    // A string names another folder of lists (the clean-dev check in README.md).
    const dir = typeof opts.gazetteers === 'string' ? opts.gazetteers : gazetteersDir;
    if (COUNTRY_NAMES[lang]) for (const name of countryNames(lang)) addGazetteerPhrase(res, name, 'LOC');
    for (const category of GAZ_CATEGORIES) {
      for (const phrase of readLines(path.join(dir, `${lang}-${category.toLowerCase()}.txt`))) addGazetteerPhrase(res, phrase, category);
    }
    const mined = opts.mined === false ? [] : readLines(path.join(dir, `${lang}-mined.tsv`));
    for (const line of mined) {
      const [phrase = '', category = ''] = line.split('\t');
      if ((GAZ_CATEGORIES as readonly string[]).includes(category)) addGazetteerPhrase(res, phrase, category as GazCategory);
    }
  }
  return res;
}
