import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { openBackend } from '../electron/backend/openBackend';
import { createCase } from '../electron/backend/services/cases';
import { importSources } from '../electron/backend/services/importFiles';
import { fromBytes, type ImportSource } from '../electron/importers/sources';
import { hasChromium, printToPdf } from '../tests/importers/chromiumPdf';
import { docx, eml, odt, pdf, zip } from '../tests/importers/generate';
import { sharedArticleDirs } from './sharedData';

const N = 1000;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Article {
  name: string;
  title: string;
  paragraphs: string[];
  text: string;
}

function load(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const [title = '', ...rest] = text.split('\n');
      return { name: f.replace(/\.txt$/, ''), title, paragraphs: rest.map((l) => l.trim()).filter(Boolean), text };
    });
}

const page = (a: Article, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(a.title)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escape(a.title)}</h1>${a.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article><footer>(c)</footer></body></html>`;

/** The same N articles converted to each format (PDF from the Latin-script corpus: the test PDF writer has no Arabic font). */
function formats(ar: Article[], en: Article[]): [string, () => ImportSource[]][] {
  const take = (list: Article[]) => Array.from({ length: N }, (_, i) => list[i % list.length]!).map((a, i) => (i < list.length ? a : { ...a, name: `${a.name}-${i}`, title: `${a.title} (${i})` }));
  const arN = take(ar);
  const enN = take(en);
  const each = (list: Article[], ext: string, make: (a: Article) => Uint8Array) => () => list.map((a) => fromBytes(`${a.name}.${ext}`, make(a)));
  const rows = (list: Article[]) => list.map((a) => ({ title: a.title, text: a.paragraphs.join('\n') }));
  return [
    ['txt (UTF-8)', each(arN, 'txt', (a) => utf8(`${a.title}\n\n${a.paragraphs.join('\n')}\n`))],
    ['txt (windows-1256)', each(arN, 'txt', (a) => new Uint8Array(iconv.encode(`${a.title}\r\n\r\n${a.paragraphs.join('\r\n')}\r\n`, 'windows-1256')))],
    ['html', each(arN, 'html', (a) => utf8(page(a, 'ar')))],
    ['docx', each(arN, 'docx', (a) => docx([a.title, ...a.paragraphs]))],
    ['odt', each(arN, 'odt', (a) => odt([a.title, ...a.paragraphs]))],
    ['eml', each(arN, 'eml', (a) => eml({ from: 'desk@example.org', to: 'team@example.org', subject: a.title, date: 'Mon, 03 Aug 2015 10:00:00 +0300', body: a.paragraphs.join('\n') }))],
    ['pdf (Latin text)', each(enN, 'pdf', (a) => pdf([[a.title, ...a.paragraphs.map((p) => p.replace(/[^\x20-\x7e]/g, ' '))]]))],
    ['csv (one file, 1000 rows)', () => [fromBytes('articles.csv', utf8(`title,text\n${rows(arN).map((r) => `"${r.title.replace(/"/g, '""')}","${r.text.replace(/"/g, '""')}"`).join('\n')}\n`))]],
    ['jsonl (one file, 1000 rows)', () => [fromBytes('articles.jsonl', utf8(rows(arN).map((r) => JSON.stringify(r)).join('\n')))]],
    ['zip (one file, 1000 .txt)', () => [fromBytes('articles.zip', zip(Object.fromEntries(arN.map((a) => [`${a.name}.txt`, `${a.title}\n\n${a.paragraphs.join('\n')}\n`]))))]],
  ];
}

async function run(label: string, sources: ImportSource[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-import-'));
  const backend = openBackend(join(dir, 'bench.casefile'), 'cli');
  try {
    const c = createCase(backend.ctx, 'bench', '');
    const t = performance.now();
    const s = await importSources(backend.ctx, c.id, sources);
    const seconds = (performance.now() - t) / 1000;
    const docs = s.imported + (s.nearDuplicates ?? 0) + s.duplicates;
    console.log(`${label.padEnd(28)} ${String(docs).padStart(5)} documents in ${seconds.toFixed(1).padStart(5)} s = ${(docs / seconds).toFixed(0).padStart(4)} documents/s  (imported ${s.imported}, near-dup ${s.nearDuplicates ?? 0}, dup ${s.duplicates}, failed ${s.failed})`);
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Documents per second for each format, 1,000 documents each, built at bench time from ../shared/data/articles. */
export async function benchImportFormats(): Promise<void> {
  const dirs = sharedArticleDirs();
  if (!dirs) return;
  const ar = load(dirs.ar);
  const en = load(dirs.en);
  for (const [label, make] of formats(ar, en)) await run(label, make());
  if (hasChromium) {
    // A browser-printed Arabic PDF (real fonts, shaping): 50 of them, as Chromium takes a while per file.
    const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-pdf-'));
    const pdfs = ar.slice(0, 50).map((a) => fromBytes(`${a.name}.pdf`, printToPdf(page(a, 'ar'), dir)));
    rmSync(dir, { recursive: true, force: true });
    await run('pdf (Arabic, Chromium)', pdfs);
  }
}
