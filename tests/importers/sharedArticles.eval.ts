// `npx tsx tests/importers/sharedArticles.eval.ts`: imports ../shared/data/articles/{ar,en} and checks
// titles, dates and languages against their index.tsv, then saves ar-iraq-isis-2020.txt as PDF, DOCX,
// HTML and windows-1256 text (in a temp dir) and checks it imports once. Reads shared data at run time only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openBackend } from '../../electron/backend/openBackend';
import { createCase } from '../../electron/backend/services/cases';
import { importSources } from '../../electron/backend/services/importFiles';
import { collectPaths, fromBytes } from '../../electron/importers/sources';
import { sharedPath } from '../../bench/sharedData';
import { printToPdf, hasChromium } from './chromiumPdf';
import { docx } from './generate';

const articles = sharedPath('articles');
if (!articles) {
  console.log('No ../shared/data/articles here: nothing to evaluate.');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'casefile-eval-'));
const backend = openBackend(join(dir, 'eval.casefile'), 'cli');

function index(lang: string): Map<string, { date: string; title: string }> {
  const rows = readFileSync(join(articles!, lang, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split('\t')).map((c) => [c[0] ?? '', { date: (c[3] ?? '').slice(0, 10), title: c[4] ?? '' }]));
}

for (const lang of ['ar', 'en'] as const) {
  const caseId = createCase(backend.ctx, `eval ${lang}`, '').id;
  const sources = await collectPaths([join(articles, lang)]);
  const started = performance.now();
  const summary = await importSources(backend.ctx, caseId, sources);
  const seconds = (performance.now() - started) / 1000;
  const truth = index(lang);
  let title = 0;
  let dated = 0;
  let rightDate = 0;
  let language = 0;
  let checked = 0;
  for (const o of summary.outcomes) {
    const t = truth.get(o.name);
    if (!t || !('documentId' in o)) continue;
    checked++;
    const doc = backend.ctx.archive.db.prepare('SELECT title, published_at, language FROM documents WHERE id = ?').get(o.documentId) as { title: string; published_at: string | null; language: string };
    if (doc.title === t.title.trim()) title++;
    if (doc.published_at) dated++;
    if (doc.published_at === t.date) rightDate++;
    if (doc.language === lang) language++;
  }
  const other = summary.outcomes.filter((o) => !truth.has(o.name)).map((o) => `${o.name}: ${o.status}${'reason' in o ? ` (${o.reason})` : ''}`);
  const pct = (n: number) => `${((100 * n) / Math.max(1, checked)).toFixed(1)}%`;
  console.log(`${lang}: ${sources.length} files in ${seconds.toFixed(1)} s (${(sources.length / seconds).toFixed(0)} files/s); imported ${summary.imported}, near-duplicates ${summary.nearDuplicates}, duplicates ${summary.duplicates}, failed ${summary.failed}`);
  console.log(`  of ${checked} articles: title as in index ${pct(title)}, language ${pct(language)}, a date found ${pct(dated)}, the index's date ${pct(rightDate)}`);
  for (const line of other) console.log(`  not an article: ${line}`);
  for (const o of summary.outcomes.filter((x) => truth.has(x.name) && !('documentId' in x))) console.log(`  ${o.name}: ${o.status}${'reason' in o ? ` (${o.reason})` : ''}`);
}

const source = sharedPath('articles', 'ar-iraq-isis-2020.txt');
if (source) {
  const text = readFileSync(source, 'utf8');
  const paras = text.split('\n').filter((l) => l.trim() !== '');
  const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`;
  const copies = [
    fromBytes('ar-iraq-isis-2020.txt', new Uint8Array(Buffer.from(text))),
    ...(hasChromium ? [fromBytes('ar-iraq-isis-2020.pdf', printToPdf(page, dir))] : []),
    fromBytes('ar-iraq-isis-2020.docx', docx(paras)),
    fromBytes('ar-iraq-isis-2020.html', new Uint8Array(Buffer.from(page))),
    fromBytes('ar-iraq-isis-2020-cp1256.txt', new Uint8Array(iconv.encode(text, 'windows-1256'))),
  ];
  const summary = await importSources(backend.ctx, createCase(backend.ctx, 'same article', '').id, copies);
  console.log('ar-iraq-isis-2020 in five formats:');
  for (const o of summary.outcomes) console.log(`  ${o.name}: ${o.status}${'reason' in o ? ` (${o.reason})` : ''}`);
}
backend.close();
rmSync(dir, { recursive: true, force: true });
