/**
 * Claim extraction against the gold files in ../shared/data/gold: precision, recall, F1,
 * speaker and direct/indirect accuracy per language and per file.
 *   npm run eval:claims [-- --verbose]   (--verbose lists misses, false alarms, wrong speakers)
 */
import { extractClaims, type Claim } from '../../shared/nlp/claims/index';
import { extractDocument } from '../../shared/nlp/extract';
import { nerModels } from '../../electron/nlp/models';
import { addCounts, countFile, figures, type Counts, type GoldClaim } from './claimsMatch';
import { loadGold } from './goldData';

const verbose = process.argv.includes('--verbose');

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

type Pipeline = (text: string, language: 'ar' | 'en', date: string | null) => Claim[];

/** Claims alone, and the app's whole pipeline (NER entities and dates feed the claims). */
const PIPELINES: [string, Pipeline][] = [
  ['claims alone', (text, language, date) => extractClaims(text, { language, ...(date ? { documentDate: date } : {}) })],
  ['app pipeline (NER + dates + claims)', (text, language, date) => extractDocument(text, { models: nerModels(), anchor: date, language }).claims],
];

function main(): void {
  const files = loadGold();
  for (const [name, run] of PIPELINES) {
    console.log(`\n== ${name} ==`);
    const totals: Record<string, Counts> = { ar: EMPTY, en: EMPTY };
    for (const file of files) {
      const started = performance.now();
      const predicted = run(file.text, file.language, file.date);
      const ms = performance.now() - started;
      if (verbose) console.log(`  ${file.name}`);
      const counts = report(file.text, file.claims, predicted);
      console.log(`  ${row(file.name, counts)}  ${ms.toFixed(0)} ms`);
      totals[file.language] = addCounts(totals[file.language] ?? EMPTY, counts);
    }
    console.log('');
    for (const [lang, c] of Object.entries(totals)) console.log(row(lang === 'ar' ? 'Arabic' : 'English', c));
  }
}

main();
