// `npm run eval:gold`: runs the app's extraction (the same pipeline as `casefile extract`) over
// every gold article and prints entity precision, recall and F1 per language and type
// (exact match of type, start and end).
import { extractDocument } from '../../shared/nlp/extract';
import { nerModels } from '../../electron/nlp/models';
import { loadGold, type GoldEntity } from './goldData';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'DATE'] as const;
type Counts = Record<string, { tp: number; fp: number; fn: number }>;

const key = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}:${e.end}`;
const f1 = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p: p * 100, r: r * 100, f: p + r ? (200 * p * r) / (p + r) : 0 };
};

function count(counts: Counts, type: string, gold: Set<string>, predicted: Set<string>): void {
  const c = (counts[type] ??= { tp: 0, fp: 0, fn: 0 });
  for (const k of predicted) if (gold.has(k)) c.tp++;
  else c.fp++;
  for (const k of gold) if (!predicted.has(k)) c.fn++;
}

const models = nerModels();
const byLanguage: Record<string, Counts> = {};
const misses: string[] = [];
for (const file of loadGold()) {
  const ex = extractDocument(file.text, { models, anchor: file.date });
  const counts = (byLanguage[file.language] ??= {});
  for (const type of [...TYPES, 'ALL']) {
    const pick = (list: { type: string; start: number; end: number }[]) => new Set(list.filter((e) => type === 'ALL' || e.type === type).map(key));
    count(counts, type, pick(file.entities), pick(ex.entities));
  }
  const predicted = new Set(ex.entities.map(key));
  const fileCounts = { tp: 0, fp: 0, fn: 0 };
  const gold = new Set(file.entities.map(key));
  count({ all: fileCounts }, 'all', gold, predicted);
  console.log(`${file.name.padEnd(22)} F1 ${f1(fileCounts).f.toFixed(1).padStart(5)}  (gold ${gold.size}, predicted ${predicted.size})`);
  for (const g of file.entities.slice(0, 400) as GoldEntity[]) if (!predicted.has(key(g))) misses.push(`${file.name} missed ${g.type} ${g.text}`);
}

for (const [lang, counts] of Object.entries(byLanguage)) {
  console.log(`\n${lang === 'ar' ? 'Arabic' : 'English'} gold entities      P      R     F1   (tp/fp/fn)`);
  for (const type of [...TYPES, 'ALL']) {
    const c = counts[type] ?? { tp: 0, fp: 0, fn: 0 };
    const s = f1(c);
    console.log(`  ${type.padEnd(5)}              ${s.p.toFixed(1).padStart(5)}  ${s.r.toFixed(1).padStart(5)}  ${s.f.toFixed(1).padStart(5)}   (${c.tp}/${c.fp}/${c.fn})`);
  }
}
if (process.argv.includes('--misses')) console.log(`\n${misses.join('\n')}`);
