/**
 * Claim extraction against the gold files in ../shared/data/gold: precision, recall, F1,
 * speaker and direct/indirect accuracy per language and per file.
 *   npm run eval:claims [-- --verbose]   (--verbose lists misses, false alarms, wrong speakers)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, type Claim } from '../../shared/nlp/claims/index';
import { addCounts, countFile, figures, type Counts, type GoldClaim } from './claimsMatch';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data');
const verbose = process.argv.includes('--verbose');

type GoldFile = { document: string; language: 'ar' | 'en'; claims: GoldClaim[] };

/** Publication dates from the articles' index.tsv files, keyed by file name. */
function documentDates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of ['ar', 'en']) {
    const index = path.join(dataDir, 'articles', lang, 'index.tsv');
    if (!existsSync(index)) continue;
    for (const line of readFileSync(index, 'utf8').split('\n').slice(1)) {
      const [file, , , date] = line.split('\t');
      if (file && date) out.set(file, date.slice(0, 10));
    }
  }
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const EMPTY: Counts = { gold: 0, predicted: 0, matched: 0, speakerOk: 0, directOk: 0 };

function row(label: string, c: Counts): string {
  const f = figures(c);
  return `${label.padEnd(24)} gold ${String(c.gold).padStart(3)}  pred ${String(c.predicted).padStart(3)}  P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}  speaker ${pct(f.speaker)}  direct ${pct(f.direct)}`;
}

function snippet(text: string, span: [number, number]): string {
  const s = text.slice(span[0], span[1]).replace(/\s+/g, ' ');
  return s.length > 90 ? `${s.slice(0, 90)}…` : s;
}

function report(text: string, gold: GoldClaim[], predicted: Claim[]): Counts {
  const { counts, matches } = countFile(text, gold, predicted);
  if (!verbose) return counts;
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedPred = new Set(matches.map((m) => m.predicted));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) console.log(`    MISS  [${g.speaker}] ${snippet(text, g.contentSpan)}`);
  });
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) console.log(`    EXTRA [${p.speaker}] ${snippet(text, p.contentSpan)}`);
  });
  for (const m of matches) {
    const g = gold[m.gold]!;
    const p = predicted[m.predicted]!;
    console.log(`    match [${p.speaker}] gold [${g.speaker}] ${p.direct === g.direct ? '' : `direct ${p.direct}≠${g.direct} `}${snippet(text, p.contentSpan)}`);
  }
  return counts;
}

function main(): void {
  const goldDir = path.join(dataDir, 'gold');
  const dates = documentDates();
  const totals: Record<string, Counts> = { ar: EMPTY, en: EMPTY };
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as GoldFile;
    const text = readFileSync(path.join(dataDir, gold.document), 'utf8');
    const documentDate = dates.get(path.basename(gold.document));
    const started = performance.now();
    const predicted = extractClaims(text, { language: gold.language, ...(documentDate ? { documentDate } : {}) });
    const ms = performance.now() - started;
    if (verbose) console.log(`  ${file}`);
    const counts = report(text, gold.claims, predicted);
    console.log(`  ${row(file, counts)}  ${ms.toFixed(0)} ms`);
    totals[gold.language] = addCounts(totals[gold.language] ?? EMPTY, counts);
  }
  console.log('');
  for (const [lang, c] of Object.entries(totals)) console.log(row(lang === 'ar' ? 'Arabic' : 'English', c));
}

main();
