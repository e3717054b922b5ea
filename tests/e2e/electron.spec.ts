import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, writeArticles } from './fixtures/articles';
import { findElectronBinary } from './fixtures/electronBinary';
import { assertBuilt, electronMain, rendererIndex } from './fixtures/paths';
import { CasefilePage } from './pages/CasefilePage';

const electronBinary = findElectronBinary();
if (!electronBinary) console.warn('SKIPPED electron e2e: no Electron binary on this machine');

describe('Casefile in Electron', () => {
  let app: ElectronApplication | undefined;
  let dir: string | undefined;

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const title = electronBinary
    ? 'creates a case, imports Arabic and English, reads Arabic right-to-left'
    : 'SKIPPED electron e2e: no Electron binary on this machine';
  it.skipIf(!electronBinary)(title, async () => {
    assertBuilt(electronMain, rendererIndex);
    dir = mkdtempSync(path.join(tmpdir(), 'casefile-e2e-electron-'));
    const articles = writeArticles();
    app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [electronMain],
      env: { ...process.env, CASEFILE_ARCHIVE: path.join(dir, 'a.casefile') },
    });
    const window = await app.firstWindow();
    const errors: string[] = [];
    window.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const page = new CasefilePage(window);
    await page.waitReady();
    expect(await window.evaluate(() => typeof (window as unknown as { casefile?: unknown }).casefile)).toBe('object');

    await page.createCase('Electron case');
    const outcomes = await page.importFiles([articles.arabic, articles.english]);
    expect(outcomes.every((o) => o.includes('imported'))).toBe(true);
    await page.closeImportPanel();
    await page.documentRow(ENGLISH_ARTICLE.title).waitFor();
    await page.openDocument(ARABIC_ARTICLE.title);
    const rendering = await page.firstParagraphRendering();
    expect(rendering.direction).toBe('rtl');
    expect(rendering.fonts[0]).toBe('Noto Naskh Arabic');
    await page.screenshot('electron-arabic-reader');
    expect(errors).toEqual([]);
    rmSync(articles.dir, { recursive: true, force: true });
  });
});
