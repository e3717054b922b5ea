import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageWatch } from './fixtures/browser';
import { openApp } from './fixtures/openApp';
import { REVIEW_ARABIC, REVIEW_ENGLISH, writeReviewArticles } from './fixtures/reviewArticles';
import { startServer, type ServerHandle } from './fixtures/server';
import type { CasefilePage } from './pages/CasefilePage';
import { ReviewPage } from './pages/ReviewPage';

const NOTE = 'Confirmed with the governor’s office by phone.';

// A reviewer's whole path on one archive: each step builds on the previous one, then the server restarts.
describe('reviewing a case in Chromium, in both UI languages', () => {
  let server: ServerHandle;
  let browser: Browser;
  let page: Page;
  let app: CasefilePage;
  let review: ReviewPage;
  let watch: PageWatch;
  let articles: ReturnType<typeof writeReviewArticles>;
  const ids: Record<string, string> = {};
  // The restarted server listens on another port: its origin joins the allowed ones.
  const origins: string[] = [];

  beforeAll(async () => {
    articles = writeReviewArticles();
    server = await startServer();
    origins.push(server.origin);
    ({ browser, page, watch, app } = await openApp(server, { width: 1400, height: 900 }, origins));
    review = new ReviewPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (articles) rmSync(articles.dir, { recursive: true, force: true });
  });

  it('imports an Arabic and an English article, extracting as it goes', async () => {
    await app.createCase('Souq and ferries');
    const outcomes = await app.importFiles([articles.arabic, articles.english]);
    expect(outcomes.every((o) => o.includes('imported'))).toBe(true);
    await app.closeImportPanel();
    await app.openDocument(REVIEW_ARABIC.title);
    await page.getByRole('list', { name: 'Legend' }).waitFor();
  });

  it('hands the keyboard between the list and the text: a click or Enter moves in, Escape comes back', async () => {
    const inReader = () => app.holdsFocus(review.body);
    const inList = () => app.holdsFocus(app.documentList);
    await expect.poll(inReader).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(inList).toBe(true);
    // Back on the open document's row, so Enter reopens it.
    const row = await app.documentRow(REVIEW_ARABIC.title).getAttribute('id');
    expect(await app.documentList.getAttribute('aria-activedescendant')).toBe(row);
    await page.keyboard.press('Enter');
    await expect.poll(inReader).toBe(true);
    await page.keyboard.press('j');
    await review.focusedId();
    // The first Escape lets go of the focused name, the second leaves the text.
    await page.keyboard.press('Escape');
    await review.panelName.waitFor({ state: 'detached' });
    expect(await inReader()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(inList).toBe(true);
  });

  it('adds a missed name by selecting it in an Arabic document, in the English UI', async () => {
    ids.chamber = await review.addName('غرفة', 'o');
    await expect.poll(() => review.mentionPanel.innerText()).toContain('Organisation · accepted · added by hand');
    expect(await review.mention(ids.chamber).getAttribute('class')).toContain('mention--ORG');
  });

  it('fixes a boundary with the keyboard: Ctrl+Shift+Left moves the end one word on in right-to-left text', async () => {
    await review.mention(ids.chamber ?? '').focus();
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await review.panelName.filter({ hasText: /^غرفة التجارة$/ }).waitFor();
    // Saved once the keys rest: the draft note goes away and the span keeps its new end.
    await expect.poll(() => review.mentionPanel.innerText(), { timeout: 5_000 }).not.toContain('moving a boundary');
    expect(await review.mention(ids.chamber ?? '').innerText()).toContain('غرفة التجارة');
  });

  it('rejects and accepts with the keyboard (r, then a)', async () => {
    ids.governor = await review.addName('سامي الخطيب', 'p');
    await review.rejectThenAccept(ids.governor, 'r', 'a');
    // The mouse way to fix a boundary: select the right text over the focused name and move it there.
    await review.mention(ids.governor).click();
    await review.selectText('المحافظ سامي الخطيب');
    await page.getByRole('button', { name: /^Make “.*سامي الخطيب.*” cover this$/ }).click();
    await review.panelName.filter({ hasText: /^المحافظ سامي الخطيب$/ }).waitFor();
    await review.selectText('سامي الخطيب');
    await page.getByRole('button', { name: /^Make “.*” cover this$/ }).click();
    await review.panelName.filter({ hasText: /^سامي الخطيب$/ }).waitFor();
    ids.surname = await review.addName('الخطيب', '1', 1);
    await review.waitForStatus(ids.surname, 'accepted');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.innerText()).toContain('Next / previous suggestion');
    expect(await help.innerText()).toContain('In the document list: move, then open the document and go to its text');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await app.screenshot('review-en-reader-arabic-document');
  });

  it('sets a claim content span from the selection in the reader', async () => {
    const card = page.getByRole('region', { name: 'Claims in this document' }).locator('.claim-list__items > li').first();
    await card.getByRole('button', { name: 'Review / edit' }).click();
    await review.selectText('أعمال تأهيل سوق الصفافير');
    await card.getByRole('button', { name: 'Set content to selection' }).click();
    await expect.poll(() => card.locator('q').innerText()).toBe('أعمال تأهيل سوق الصفافير');
    await card.getByRole('button', { name: 'Cancel' }).click();
  });

  it('merges two aliases in the entity register', async () => {
    await review.tab(/^Entity register$/).click();
    await page.getByRole('checkbox', { name: 'Select سامي الخطيب' }).check();
    await page.getByRole('checkbox', { name: 'Select الخطيب' }).check();
    await page.getByRole('button', { name: 'Merge selected (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 2 entities' });
    await dialog.getByRole('radio', { name: /سامي الخطيب/ }).check();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await dialog.waitFor({ state: 'detached' });
    const aliases = review.registerRow('سامي الخطيب').getByRole('list', { name: 'Aliases' });
    await expect.poll(() => aliases.locator('bdi').allInnerTexts()).toEqual(expect.arrayContaining(['سامي الخطيب', 'الخطيب']));
    expect(await review.registerRow('الخطيب').count()).toBe(0);
    await app.screenshot('review-en-register');
  });

  it('verifies a claim with a note, then undoes and redoes it', async () => {
    await review.tab(/^Claims$/).click();
    const card = review.claimCards().first();
    await card.waitFor();
    await card.getByRole('button', { name: 'Review / edit' }).click();
    await card.getByLabel('Status').selectOption('verified');
    await card.getByLabel('Note').fill(NOTE);
    await card.getByRole('button', { name: 'Save' }).click();
    await card.locator('.badge', { hasText: 'verified' }).waitFor();
    expect(await card.locator('.claim__note').innerText()).toBe(NOTE);
    await app.screenshot('review-en-claims');

    await review.pressOutsideFields('Control+z');
    await review.toast.filter({ hasText: /^Undone: / }).waitFor();
    await card.locator('.badge', { hasText: 'unreviewed' }).waitFor();
    await review.pressOutsideFields('Control+Shift+Z');
    await review.toast.filter({ hasText: /^Redone: / }).waitFor();
    await card.locator('.badge', { hasText: 'verified' }).waitFor();
  });

  it('links a claim to another as evidence and removes the link', async () => {
    const card = review.claimCards().first();
    await card.getByRole('button', { name: 'Review / edit' }).click();
    await card.getByLabel('Relation').selectOption('contradicts');
    await card.getByLabel('Link to').selectOption({ index: 2 });
    await card.getByRole('button', { name: 'Add link' }).click();
    const links = card.getByRole('list', { name: 'Evidence links' });
    await links.getByRole('listitem').filter({ hasText: 'contradicts' }).waitFor();
    await links.getByRole('button', { name: 'Remove' }).click();
    await links.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows a readable document history and re-extracts the case, keeping the review', async () => {
    await review.tab(/^Documents$/).click();
    await app.openDocument(REVIEW_ARABIC.title);
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: /^History of “/ });
    await history.getByText('mention.resize').first().waitFor();
    // The moved boundary reads as words, before → after.
    expect(await history.innerText()).toMatch(/text\s+غرفة\s*→\s*غرفة التجارة/);
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Re-extract case' }).click();
    await review.toast.filter({ hasText: /^Extracted 2 documents/ }).waitFor();
    await review.waitForStatus(ids.chamber ?? '', 'accepted');
  });

  it('reviews the English document in the Arabic UI: add, reject with x, accept with Enter', async () => {
    await app.toggleLanguage();
    expect(await app.html.getAttribute('dir')).toBe('rtl');
    await review.tab(/^المستندات$/).click();
    await app.documentRow(REVIEW_ENGLISH.title).click();
    await app.readerTitle.filter({ hasText: REVIEW_ENGLISH.title }).waitFor();
    // Left-to-right text in the Arabic UI: Shift+Right moves the end later, one character.
    ids.port = await review.addName('Port Sali', '3');
    await page.keyboard.press('Shift+ArrowRight');
    await review.panelName.filter({ hasText: /^Port Salim$/ }).waitFor();
    await expect.poll(() => review.mentionPanel.innerText(), { timeout: 5_000 }).not.toContain('يجري تحريك');
    // Every "Haddad" in the whole case at once, from the focused one's panel.
    await review.addName('Haddad', '1', 1);
    await review.mentionPanel.getByRole('button', { name: 'رفض في القضية كلها' }).click();
    await review.toast.filter({ hasText: /Haddad/ }).waitFor();
    await expect.poll(() => page.locator('.mention--rejected', { hasText: /^Haddad$/ }).count()).toBeGreaterThan(0);
    ids.union = await review.addName('Harbour Workers Union', 'o');
    await review.rejectThenAccept(ids.union, 'x', 'Enter');
    await app.screenshot('review-ar-reader-english-document');
    await review.tab(/^سجل الكيانات$/).click();
    await review.registerRow('سامي الخطيب').waitFor();
    await app.screenshot('review-ar-register');
    await review.tab(/^التصريحات$/).click();
    await review.claimCards().first().locator('.badge', { hasText: 'مؤكَّد' }).waitFor();
    await app.screenshot('review-ar-claims');
  });

  it('keeps every change after the server restarts on the same archive', async () => {
    const archive = server.archive;
    await server.stop(true);
    server = await startServer(archive);
    origins.push(server.origin);
    await page.goto(server.url);
    await app.waitReady();
    // Another port is another origin: the UI language starts from the browser's (English) again.
    await review.tab(/^(Claims|التصريحات)$/).click();
    const card = review.claimCards().filter({ hasText: NOTE });
    await card.locator('.badge', { hasText: /^(verified|مؤكَّد)$/ }).waitFor();

    await review.tab(/^(Entity register|سجل الكيانات)$/).click();
    const aliases = await review.registerRow('سامي الخطيب').locator('.alias bdi').allInnerTexts();
    expect(aliases).toEqual(expect.arrayContaining(['سامي الخطيب', 'الخطيب']));

    await review.tab(/^(Documents|المستندات)$/).click();
    await app.documentRow(REVIEW_ARABIC.title).click();
    await review.waitForStatus(ids.chamber ?? '', 'accepted');
    expect(await review.mention(ids.chamber ?? '').innerText()).toContain('غرفة التجارة');
    await review.waitForStatus(ids.governor ?? '', 'accepted');
    await app.documentRow(REVIEW_ENGLISH.title).click();
    await review.waitForStatus(ids.union ?? '', 'accepted');
    expect(await review.mention(ids.port ?? '').innerText()).toBe('Port Salim');

    // The undo history lives in the archive too: undo reaches back past the restart.
    await review.pressOutsideFields('Control+z');
    await review.toast.filter({ hasText: /^Undone: .*Harbour Workers Union/ }).waitFor();
    await review.waitForStatus(ids.union ?? '', 'rejected');
    await review.pressOutsideFields('Control+y');
    await review.toast.filter({ hasText: /^Redone: .*Harbour Workers Union/ }).waitFor();
    await review.waitForStatus(ids.union ?? '', 'accepted');
  });

  it('logged no error and broke no CSP rule', () => {
    expect(watch.foreignRequests).toEqual([]);
    // The event stream of the stopped server breaks off by design; nothing else may fail.
    const errors = watch.consoleErrors.filter((e) => !(e.includes('ERR_INCOMPLETE_CHUNKED_ENCODING') && e.includes('/api/events')));
    expect(errors, errors.join('\n')).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
