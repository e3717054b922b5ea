import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageWatch } from './fixtures/browser';
import { openApp } from './fixtures/openApp';
import { invoke, seedCase, statementText, writeReports } from './fixtures/seed';
import { startServer, type ServerHandle } from './fixtures/server';
import type { CasefilePage } from './pages/CasefilePage';
import { ReviewPage } from './pages/ReviewPage';

const SEEDED = 3000;

describe('many documents: virtual list, batched import, cancel', () => {
  let server: ServerHandle;
  let browser: Browser;
  let page: Page;
  let app: CasefilePage;
  let watch: PageWatch;
  let bulkCaseId: number;
  const folders: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    bulkCaseId = await seedCase(server, 'Bulk reports', SEEDED);
    ({ browser, page, watch, app } = await openApp(server, { width: 1280, height: 800 }));
  });

  /** Sets up data straight through the HTTP API, as the seed does. */
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('renders only the visible rows of thousands and reaches the last with the keyboard', async () => {
    await page.getByText('Documents: 3,000').first().waitFor();
    await app.documentRow('Report 0').waitFor();
    expect(await app.documentList.getByRole('option').count()).toBeLessThan(80);

    await app.documentList.focus();
    await page.keyboard.press('End');
    await app.documentRow(`Report ${SEEDED - 1}`).waitFor();
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await app.readerTitle.filter({ hasText: `Report ${SEEDED - 2}` }).waitFor();
    await app.screenshot('06-virtual-list-end');

    await app.documentList.focus();
    await page.keyboard.press('Home');
    await app.documentRow('Report 0').waitFor();
  });

  it('loads rows lazily while scrolling into the middle', async () => {
    await app.documentList.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await page.getByRole('option', { name: /^Report 1[45]\d\d/ }).first().waitFor();
    await app.documentList.getByText('Loading…').first().waitFor({ state: 'detached' });
    expect(await app.documentList.getByText('Loading…').count()).toBe(0);
  });

  it('filters thousands of documents in the back end, shows the count, opens one with Enter and remembers the choice', async () => {
    // Three reports get an outlet and a date (plain-text imports have neither).
    const { items } = await invoke<{ items: { id: number; title: string }[] }>(server, 'app:documents.list', { caseId: bulkCaseId, offset: 100, limit: 3 });
    for (const [k, doc] of items.entries()) {
      await invoke(server, 'app:documents.updateMetadata', { id: doc.id, metadata: { outlet: 'Harbour Gazette', publishedAt: `2024-03-0${k + 1}` } });
    }
    await page.reload();
    const filters = page.getByRole('group', { name: 'Sort and filter documents' });
    await filters.getByLabel('Outlet').selectOption('Harbour Gazette');
    await page.getByText('3 of 3,000 documents').waitFor();
    await filters.getByLabel('Sort documents').selectOption('newest');
    await filters.getByLabel('Published from').fill('2 March 2024');
    await page.getByText('2 of 3,000 documents').waitFor();
    expect(await app.documentList.getByRole('option').allTextContents()).toHaveLength(2);
    await app.screenshot('06b-filtered-list');

    await app.documentList.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await app.readerTitle.filter({ hasText: items[2]?.title ?? '' }).waitFor();

    await page.reload();
    await page.getByText('2 of 3,000 documents').waitFor();
    await filters.getByRole('button', { name: 'Clear' }).click();
    await page.getByText('Documents: 3,000').first().waitFor();
  });

  it('imports 450 picked files in batches with overall progress', async () => {
    await app.createCase('Batch import');
    const files = writeReports(10_000, 450);
    folders.push(path.dirname(files[0] ?? ''));
    const outcomes = await app.importFiles(files);
    expect(outcomes).toHaveLength(450);
    expect(outcomes.filter((o) => o.includes('imported'))).toHaveLength(450);
    expect(await app.importCountText()).toBe('450 of 450');
    await app.closeImportPanel();
    await page.getByText('Documents: 450').first().waitFor();
  });

  it('cancels an import and lists the files it did not import', async () => {
    await app.createCase('Cancelled import');
    const files = writeReports(20_000, 1600);
    folders.push(path.dirname(files[0] ?? ''));
    await page.getByLabel('Choose files to import').setInputFiles(files);
    await app.importPanel.getByRole('progressbar').waitFor();
    await app.screenshot('07-import-running');
    await app.importPanel.getByRole('button', { name: 'Cancel import' }).click();
    const outcomes = await app.importOutcomes();
    expect(outcomes).toHaveLength(1600);
    // The outcome list is virtual: only the rows in view exist in the page.
    expect(await app.importPanel.getByRole('listitem').count()).toBeLessThan(40);
    const cancelled = outcomes.filter((o) => o.includes('cancelled'));
    expect(cancelled.length).toBeGreaterThan(0);
    await app.screenshot('08-import-cancelled');
    await app.closeImportPanel();
  });

  it("renders only the visible claims of hundreds, and says when a date filter can't be read", async () => {
    await seedCase(server, 'Harbour statements', 400, statementText);
    await page.reload();
    await app.openCase('Harbour statements');
    const review = new ReviewPage(page);
    await review.tab(/^Claims$/).click();
    await page.getByText('400 of 400 claims').waitFor();
    expect(await review.claimCards().count()).toBeLessThan(40);
    await app.screenshot('09-claims-virtual');

    const from = page.getByLabel('From date');
    await from.fill('10 March 2024');
    await page.getByText('Dates read as').waitFor({ state: 'detached' });
    const shown = Number(/^(\d+) of 400/.exec((await page.getByText(/ of 400 claims$/).textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(400);
    await from.fill('around March');
    await page.getByText('Dates read as').waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');
  });

  it('stayed on 127.0.0.1 without errors or CSP violations', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
