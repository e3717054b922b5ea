import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/backend/openBackend';
import { collectPaths } from '../electron/importers/sources';
import { importSources } from '../electron/backend/services/importFiles';
import { search } from '../electron/backend/services/search';
import { listCaseDocuments } from '../electron/backend/services/documents';
import { createCase } from '../electron/backend/services/cases';
import { sharedArticleDirs } from './sharedData';

const QUERIES = ['الرياض', 'وزير الخارجية', 'بالمملكة', 'الأمير محمد', 'president', 'police said', 'السعودية*', 'مجلس'];

function time<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

export async function benchArchive(): Promise<void> {
  const dirs = sharedArticleDirs();
  if (!dirs) return;
  const { ar, en } = dirs;
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
  const backend = openBackend(join(dir, 'bench.casefile'), 'cli');
  try {
    const ctx = backend.ctx;
    const c = createCase(ctx, 'bench', '');
    const sources = (await collectPaths([ar, en])).filter((s) => s.name.endsWith('.txt'));
    const t0 = performance.now();
    const summary = await importSources(ctx, c.id, sources);
    const importMs = performance.now() - t0;
    console.log(`import .txt: ${summary.imported} documents in ${importMs.toFixed(0)} ms = ${((summary.imported / importMs) * 1000).toFixed(0)} documents/s (failed ${summary.failed})`);

    const pages = time(() => {
      for (let offset = 0; offset < summary.imported; offset += 200) listCaseDocuments(ctx, { caseId: c.id, offset, limit: 200, sort: 'imported', filter: {} });
    });
    console.log(`list: every page of 200 in ${pages.ms.toFixed(1)} ms`);

    // 20x the documents: the same texts copied into 19 more cases, searched across all cases.
    const db = ctx.archive.db;
    const base = summary.imported;
    const all = (q: string) => search(ctx, { query: q, offset: 0, limit: 50 });
    for (const q of QUERIES.slice(0, 3)) {
      const r = time(() => all(q));
      console.log(`search "${q}" on ${base} docs: ${r.value.total} hits, ${r.ms.toFixed(1)} ms`);
    }
    const small = time(() => QUERIES.forEach(all));
    db.transaction(() => {
      const copy = db.prepare(
        `INSERT INTO documents (uid, origin, case_id, file_id, file_name, title, text, text_sha256, language, imported_at)
         SELECT uid || ?, origin, ?, file_id, file_name, title, text, text_sha256, language, imported_at FROM documents WHERE case_id = ?`,
      );
      for (let k = 1; k < 20; k++) copy.run(`-${k}`, createCase(ctx, `bench-${k}`, '').id, c.id);
    })();
    const large = time(() => QUERIES.forEach(all));
    console.log(
      `search: ${QUERIES.length} queries in ${small.ms.toFixed(1)} ms on ${base} docs; ${large.ms.toFixed(1)} ms on ${base * 20} docs (ratio ${(large.ms / small.ms).toFixed(2)} for 20x the documents)`,
    );
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
