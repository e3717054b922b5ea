import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../shared/domain/schemas';
import { call, useBackend } from '../../../tests/helpers/backend';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, b64, cp1256, utf16le, utf8, utf8Bom } from '../../../tests/helpers/fixtures';

describe('import', () => {
  const env = useBackend();

  async function newCase(name = 'Mosul dam') {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name });
    return { backend, caseId: c.id };
  }

  it('imports Arabic and English text with title, language and encoding', async () => {
    const { backend, caseId } = await newCase();
    const summary = await call(backend, 'app:import.files', {
      caseId,
      files: [
        { name: 'mosul.txt', dataBase64: b64(utf8(ARABIC_ARTICLE)) },
        { name: 'tigris.md', dataBase64: b64(utf8(`# ${ENGLISH_ARTICLE}`)) },
      ],
    });
    expect(summary).toMatchObject({ imported: 2, duplicates: 0, failed: 0 });
    const list = await call(backend, 'app:documents.list', { caseId });
    expect(list.items.map((d) => [d.title, d.language])).toEqual([
      ['اشتباكات قرب سد الموصل', 'ar'],
      ['Flood barriers raised along the Tigris', 'en'],
    ]);
    const doc = await call(backend, 'app:documents.get', { id: list.items[0]!.id });
    expect(doc.text).toBe(ARABIC_ARTICLE);
    expect(doc.file).toMatchObject({ name: 'mosul.txt', mime: 'text/plain', encoding: 'utf-8', size: utf8(ARABIC_ARTICLE).byteLength });
  });

  it('reports a re-import as a duplicate and writes nothing', async () => {
    const { backend, caseId } = await newCase();
    const file = { name: 'a.txt', dataBase64: b64(utf8(ENGLISH_ARTICLE)) };
    const first = await call(backend, 'app:import.files', { caseId, files: [file] });
    const id = first.outcomes[0]?.status === 'imported' ? first.outcomes[0].documentId : -1;
    const auditBefore = backend.ctx.archive.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const again = await call(backend, 'app:import.files', { caseId, files: [{ ...file, name: 'copy.txt' }] });
    expect(again.outcomes[0]).toEqual({ name: 'copy.txt', status: 'duplicate', duplicateOf: id, reason: `Duplicate of #${id} (same file).` });
    expect(backend.ctx.archive.db.prepare('SELECT count(*) FROM files').pluck().get()).toBe(1);
    expect(backend.ctx.archive.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });

  it('recognises the same text in another encoding as a duplicate', async () => {
    const { backend, caseId } = await newCase();
    const text = ARABIC_ARTICLE.replace(/[«»]/g, '"');
    const summary = await call(backend, 'app:import.files', {
      caseId,
      files: [
        { name: 'utf8.txt', dataBase64: b64(utf8(text)) },
        { name: 'bom.txt', dataBase64: b64(utf8Bom(text)) },
        { name: 'utf16.txt', dataBase64: b64(utf16le(text)) },
        { name: 'cp1256.txt', dataBase64: b64(cp1256(text.replace(/\n/g, '\r\n'))) },
      ],
    });
    expect(summary.imported).toBe(1);
    expect(summary.duplicates).toBe(3);
    expect(summary.outcomes.slice(1).every((o) => o.status === 'duplicate' && /same text/.test(o.reason))).toBe(true);
  });

  it('lets the same file into another case without storing its bytes twice', async () => {
    const { backend, caseId } = await newCase();
    const other = await call(backend, 'app:cases.create', { name: 'Second case' });
    const file = { name: 'a.txt', dataBase64: b64(utf8(ENGLISH_ARTICLE)) };
    await call(backend, 'app:import.files', { caseId, files: [file] });
    const summary = await call(backend, 'app:import.files', { caseId: other.id, files: [file] });
    expect(summary.imported).toBe(1);
    expect(backend.ctx.archive.db.prepare('SELECT count(*) FROM files').pluck().get()).toBe(1);
  });

  it('isolates bad files: each fails with its reason, the rest import, nothing partial is left', async () => {
    const { backend, caseId } = await newCase();
    const summary = await call(backend, 'app:import.files', {
      caseId,
      files: [
        { name: 'empty.txt', dataBase64: '' },
        { name: 'junk.txt', dataBase64: b64(new Uint8Array([0, 1, 2, 3, 0, 0, 9, 0xff])) },
        { name: 'good.txt', dataBase64: b64(utf8(ENGLISH_ARTICLE)) },
        { name: 'spaces.md', dataBase64: b64(utf8('   \n\n  ')) },
        { name: 'scan.tiff', dataBase64: b64(utf8('II*')) },
        { name: 'bad-bom.txt', dataBase64: b64(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])) },
      ],
    });
    expect(summary.imported).toBe(1);
    expect(summary.failed).toBe(5);
    const reasons = Object.fromEntries(summary.outcomes.map((o) => [o.name, o.status === 'failed' ? o.reason : o.status]));
    expect(reasons).toEqual({
      'empty.txt': 'The file is empty.',
      'junk.txt': 'The file looks binary, not text (it contains control bytes such as NUL).',
      'good.txt': 'imported',
      'spaces.md': 'The file contains no text.',
      'scan.tiff': expect.stringMatching(/^The image cannot be read/),
      'bad-bom.txt': 'The file starts as UTF-8 but contains invalid UTF-8 bytes.',
    });
    const db = backend.ctx.archive.db;
    expect(db.prepare('SELECT count(*) FROM files').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  });

  it('imports folders recursively by path, skipping hidden files and the archive itself', async () => {
    const backend = env.open();
    const dir = env.tempDir();
    const archiveInside = env.open(join(dir, 'inside.casefile'));
    const c = await call(archiveInside, 'app:cases.create', { name: 'Folder case' });
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), ARABIC_ARTICLE);
    writeFileSync(join(dir, 'sub', 'deeper', 'b.md'), ENGLISH_ARTICLE);
    writeFileSync(join(dir, '.DS_Store'), 'x');
    const summary = await call(archiveInside, 'app:import.paths', { caseId: c.id, paths: [dir, join(dir, 'missing.txt')] });
    expect(summary.outcomes.map((o) => [o.name, o.status])).toEqual([
      ['a.txt', 'imported'],
      ['b.md', 'imported'],
      ['missing.txt', 'failed'],
    ]);
    expect(summary.outcomes[2]).toMatchObject({ reason: 'No such file or folder.' });
    expect(backend).toBeDefined();
  });

  it('reports progress and stops cleanly after the current file when cancelled', async () => {
    const { backend, caseId } = await newCase();
    const events: Progress[] = [];
    const files = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}.txt`, dataBase64: b64(utf8(`Report number ${i}\n\nBody of report ${i}.`)) }));
    let asked = false;
    backend.subscribe((event, payload) => {
      if (event !== 'app:progress') return;
      const p = payload as Progress;
      events.push(p);
      if (p.done >= 1 && !asked) {
        asked = true;
        void backend.invoke('app:operations.cancel', { operationId: 'op-cancel' });
      }
    });
    const summary = await call(backend, 'app:import.files', { caseId, files, operationId: 'op-cancel' });
    expect(summary.imported).toBeGreaterThanOrEqual(1);
    expect(summary.imported).toBeLessThan(40);
    expect(summary.imported + summary.cancelled).toBe(40);
    // Extraction of what was imported follows under the same operation id; the import's own last event is checked.
    expect(events.filter((e) => e.kind === 'import').at(-1)).toMatchObject({ operationId: 'op-cancel', finished: true, total: 40 });
    expect(backend.ctx.archive.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(summary.imported);
  });
});
