import { readFileSync, rmSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, DROPPED_ARTICLE, ENGLISH_ARTICLE, FOLDER_FILES, writeArticles } from './fixtures/articles';
import type { PageWatch } from './fixtures/browser';
import { openApp } from './fixtures/openApp';
import { startServer, type ServerHandle } from './fixtures/server';
import type { CasefilePage } from './pages/CasefilePage';

// One archive, one browser and one page for the whole file: each step builds on the previous one.
describe('Casefile in Chromium through casefile serve', () => {
  let server: ServerHandle;
  let browser: Browser;
  let page: Page;
  let app: CasefilePage;
  let watch: PageWatch;
  let articles: ReturnType<typeof writeArticles>;

  beforeAll(async () => {
    articles = writeArticles();
    server = await startServer();
    ({ browser, page, watch, app } = await openApp(server, { width: 1280, height: 800 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (articles) rmSync(articles.dir, { recursive: true, force: true });
  });

  it('takes the token out of the address bar', () => {
    expect(page.url()).toBe(`${server.origin}/`);
  });

  it('creates a case and shows its empty state', async () => {
    await app.createCase('Northern harbour', 'Expansion of the northern port');
    await page.getByText('No documents yet — import files.').waitFor();
    await app.screenshot('01-empty-case');
  });

  it('imports an Arabic and an English text file with progress and outcomes', async () => {
    const outcomes = await app.importFiles([articles.arabic, articles.english]);
    expect(outcomes).toHaveLength(2);
    expect(outcomes.every((o) => o.includes('imported'))).toBe(true);
    expect(await app.importCountText()).toBe('2 of 2');
    await app.screenshot('02-imported');
    await app.closeImportPanel();
    await app.documentRow(ARABIC_ARTICLE.title).waitFor();
    await app.documentRow(ENGLISH_ARTICLE.title).waitFor();
    expect(await page.getByText('Documents: 2').count()).toBeGreaterThan(0);
  });

  it('reports a second import of the same file, opened with Ctrl+O, as a duplicate', async () => {
    const outcomes = await app.importWithShortcut([articles.english]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatch(/duplicate of #\d+/);
    await app.closeImportPanel();
  });

  it('imports a file dropped on the window', async () => {
    const { overlay, outcomes } = await app.dropFile(DROPPED_ARTICLE.fileName, DROPPED_ARTICLE.text);
    expect(overlay).toContain('Drop files to import them into “Northern harbour”');
    expect(outcomes).toEqual([expect.stringContaining('imported')]);
    await app.closeImportPanel();
    await app.documentRow(DROPPED_ARTICLE.title).waitFor();
  });

  it('imports a chosen folder, skipping hidden files', async () => {
    const outcomes = await app.importFolder(articles.folder);
    expect(outcomes).toHaveLength(FOLDER_FILES.length);
    expect(outcomes.every((o) => o.includes('imported'))).toBe(true);
    expect(outcomes.some((o) => o.includes('.notes.txt'))).toBe(false);
    await app.closeImportPanel();
    for (const f of FOLDER_FILES) await app.documentRow(f.title).waitFor();
  });

  it("shows the server's message when a case name is refused, and closes the dialog with Escape", async () => {
    await page.getByRole('button', { name: 'New case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByLabel('Case name').fill('Northern harbour');
    await dialog.getByRole('button', { name: 'Create case' }).click();
    expect((await dialog.getByRole('alert').innerText()).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports the case as JSON from the sidebar as a download', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export “Northern harbour”' });
    await dialog.getByLabel(/^JSON/).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Northern harbour.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { case: { name: string }; documents: { title: string }[] };
    expect(exported.case.name).toBe('Northern harbour');
    expect(exported.documents.map((d) => d.title)).toEqual(expect.arrayContaining([ARABIC_ARTICLE.title, ENGLISH_ARTICLE.title]));
    await dialog.getByText('Downloaded:').waitFor();
    await app.screenshot('02b-export');
    // CSV is three tables, so three downloads from one click.
    const tables = new Promise<Download[]>((resolve) => {
      const seen: Download[] = [];
      const onDownload = (d: Download) => {
        seen.push(d);
        if (seen.length < 3) return;
        page.off('download', onDownload);
        resolve(seen);
      };
      page.on('download', onDownload);
    });
    await dialog.getByLabel(/^CSV/).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const csv = await tables;
    expect(csv.map((d) => d.suggestedFilename())).toEqual(['entities', 'claims', 'documents'].map((t) => `Northern harbour-${t}.csv`));
    expect(readFileSync(await csv[2]!.path(), 'utf8')).toMatch(/^\uFEFFid,title,/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('renders the Arabic article right-to-left in the bundled Naskh font', async () => {
    await app.openDocument(ARABIC_ARTICLE.title);
    expect(await app.readerParagraphs.count()).toBe(ARABIC_ARTICLE.text.split('\n').length);
    const rendering = await app.firstParagraphRendering();
    expect(rendering.direction).toBe('rtl');
    expect(rendering.fonts[0]).toBe('Noto Naskh Arabic');
    await app.screenshot('03-arabic-reader');
  });

  it('renders the English article left-to-right in the bundled sans face', async () => {
    await app.openDocument(ENGLISH_ARTICLE.title);
    expect(await app.firstParagraphRendering()).toEqual({ direction: 'ltr', fonts: ['Noto Sans'] });
  });

  it('keeps the text readable in a 1024 px window, with the review panel below it', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      expect((await app.readerParagraphs.first().boundingBox())?.width).toBeGreaterThan(400);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('finds an Arabic word spelled with another hamza and harakat, highlighted', async () => {
    const first = await app.search(ARABIC_ARTICLE.searchVariant);
    expect(await first.innerText()).toContain(ARABIC_ARTICLE.title);
    const marks = await first.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join(' ')).toContain('أكد');
    await app.screenshot('04-search');
    await first.click();
    await app.readerTitle.filter({ hasText: ARABIC_ARTICLE.title }).waitFor();
  });

  it('searches all cases and moves through results with the keyboard', async () => {
    await app.createCase('Second case');
    await app.setScopeAllCases();
    await app.search('harbour');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await app.readerTitle.filter({ hasText: ENGLISH_ARTICLE.title }).waitFor();
    await page.getByRole('heading', { name: 'Northern harbour' }).waitFor();
  });

  it('switches the interface to Arabic, mirrored, and keeps it after a reload', async () => {
    await app.toggleLanguage();
    expect(await app.html.getAttribute('dir')).toBe('rtl');
    expect(await app.html.getAttribute('lang')).toBe('ar');
    await page.getByRole('button', { name: 'قضية جديدة' }).waitFor();
    // A failure reason from the back end is worded in the UI's language too.
    const { outcomes } = await app.dropFile('empty-note.txt', '');
    expect(outcomes).toEqual([expect.stringMatching(/فشل: \u2068?الملف فارغ\./)]);
    await app.importPanel.getByRole('button', { name: 'إغلاق' }).click();
    await app.importPanel.waitFor({ state: 'detached' });
    // So is an error the back end answers a call with: a taken case name.
    await page.getByRole('button', { name: 'قضية جديدة' }).click();
    const dialog = page.getByRole('dialog', { name: 'قضية جديدة' });
    await dialog.getByRole('textbox').first().fill('Northern harbour');
    await dialog.getByRole('button', { name: /إنشاء/ }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('توجد قضية باسم "Northern harbour" بالفعل.');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const sidebar = await page.getByRole('navigation', { name: 'القضايا' }).boundingBox();
    expect(sidebar && sidebar.x > 640).toBe(true);
    // The English article stays left-to-right and in the sans face inside the Arabic UI.
    expect(await app.firstParagraphRendering()).toEqual({ direction: 'ltr', fonts: ['Noto Sans'] });
    await app.screenshot('05-arabic-ui');
    await page.reload();
    await app.waitReady();
    expect(await app.html.getAttribute('dir')).toBe('rtl');
    await page.getByRole('button', { name: 'قضية جديدة' }).waitFor();
    // On an Arabic keyboard the "/" key types "ظ": search still takes focus.
    await app.pressOnArabicLayout('ظ', 'Slash');
    expect(await app.searchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.toggleLanguage();
    expect(await app.html.getAttribute('dir')).toBe('ltr');
  });

  it('reopens the case and document that were open before a reload', async () => {
    await app.openDocument(ENGLISH_ARTICLE.title);
    await page.reload();
    await app.waitReady();
    await app.readerTitle.filter({ hasText: ENGLISH_ARTICLE.title }).waitFor();
    // Not the first case in the list, which opens when nothing is remembered.
    await app.openCase('Second case');
    await page.reload();
    await app.waitReady();
    await app.caseHeading('Second case').waitFor();
  });

  it('explains how to connect when the page has no token', async () => {
    const stranger = await browser.newPage();
    await stranger.goto(`${server.origin}/`);
    await stranger.getByText('Not connected to an archive').waitFor();
    await stranger.close();
  });

  it('never left 127.0.0.1, logged no error and broke no CSP rule', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
