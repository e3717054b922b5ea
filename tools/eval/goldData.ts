import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataDir } from '../ner/paths';
import type { GoldClaim } from './claimsMatch';

export interface GoldEntity {
  type: 'PER' | 'ORG' | 'LOC' | 'MISC' | 'DATE';
  start: number;
  end: number;
  text: string;
}

export interface GoldFile {
  name: string;
  language: 'ar' | 'en';
  text: string;
  /** The article's publication date from the articles index, when it has one. */
  date: string | null;
  entities: GoldEntity[];
  claims: GoldClaim[];
}

function indexDates(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const lang of ['ar', 'en']) {
    const index = join(dataDir, 'articles', lang, 'index.tsv');
    if (!existsSync(index)) continue;
    for (const line of readFileSync(index, 'utf8').split('\n').slice(1)) {
      const [file, , , date] = line.split('\t');
      if (file && date) dates.set(file, date.slice(0, 10));
    }
  }
  return dates;
}

export function loadGold(): GoldFile[] {
  const dir = join(dataDir, 'gold');
  if (!existsSync(dir)) throw new Error(`No gold data at ${dir}`);
  const dates = indexDates();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { document: string; language: 'ar' | 'en'; entities: GoldEntity[]; claims: GoldClaim[] };
      return {
        name: f.replace(/\.json$/, ''),
        language: gold.language,
        text: readFileSync(join(dataDir, gold.document), 'utf8'),
        date: dates.get(basename(gold.document)) ?? null,
        entities: gold.entities,
        claims: gold.claims,
      };
    });
}
