import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageWatch } from './fixtures/browser';
import { openApp } from './fixtures/openApp';
import { CP1256_ARTICLE, DESK_CSV, DESK_JSONL, deskJsonl, RELATIVE_AR, RELATIVE_EN, WIRE_REPRINT, WIRE_STORY, writeDetailsFiles, type DetailsFiles } from './fixtures/detailsArticles';
import { startServer, type ServerHandle } from './fixtures/server';
import type { CasefilePage } from './pages/CasefilePage';
import { DetailsPage } from './pages/DetailsPage';
import { ReviewPage } from './pages/ReviewPage';

const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const NEW_TITLE = 'Kessel river bridge reopens to traffic';

describe('document details, decoding again and column mapping in Chromium', () => {
  let server: ServerHandle;
  let browser: Browser;
  let page: Page;
  let app: CasefilePage;
  let details: DetailsPage;
  let review: ReviewPage;
  let watch: PageWatch;
  let files: DetailsFiles;

  beforeAll(async () => {
    files = writeDetailsFiles();
    server = await startServer();
    ({ browser, page, watch, app } = await openApp(server, { width: 1400, height: 900 }));
    details = new DetailsPage(page);
    review = new ReviewPage(page);
    await app.createCase('Bridges and bakeries');
    const outcomes = await app.importFiles([files.relativeEn, files.relativeAr, files.cp1256, files.wire]);
    expect(outcomes.every((o) => o.includes('imported')), outcomes.join('\n')).toBe(true);
    await app.closeImportPanel();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) rmSync(files.dir, { recursive: true, force: true });
  });

  it('edits the title and date: the list and reader follow, and "yesterday" is resolved from the new date', async () => {
    await app.openDocument(RELATIVE_EN.title);
    await details.dateMention('yesterday').waitFor();
    await details.openDetails();
    // The server checks the date; its message is shown as it wrote it and the dialog stays open.
    const dialog = await details.saveDetails([['Publication date (YYYY-MM-DD)', '12/3/2025']]);
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('A date is YYYY-MM-DD');
    await details.saveDetails([
      ['Title', NEW_TITLE],
      ['Publication date (YYYY-MM-DD)', '2025-03-12'],
      ['Author', 'Mira Solano'],
    ]);
    await dialog.waitFor({ state: 'detached' });
    await app.readerTitle.filter({ hasText: NEW_TITLE }).waitFor();
    await app.documentRow(NEW_TITLE).waitFor();
    expect(await app.documentRow(RELATIVE_EN.title).count()).toBe(0);
    expect(await details.metaValue('Published').innerText()).toBe('2025-03-12');
    expect(await details.metaValue('Author').innerText()).toBe('Mira Solano');
    await expect.poll(() => details.dateMention('yesterday').getAttribute('title')).toContain('2025-03-11');
    await details.dateMention('yesterday').click();
    await expect.poll(() => review.mentionPanel.innerText()).toContain('2025-03-11');
    await app.screenshot('details-en-after-date-edit');

    await details.openDetails();
    await details.saveDetails([['Publication date (YYYY-MM-DD)', '2025-04-02']]);
    await details.detailsDialog.waitFor({ state: 'detached' });
    await expect.poll(() => details.dateMention('yesterday').getAttribute('title')).toContain('2025-04-01');
    await expect.poll(() => review.mentionPanel.innerText()).toContain('2025-04-01');

    // Ctrl+Z puts the earlier date back, with the dates resolved from it; Ctrl+Shift+Z the later one.
    await review.pressOutsideFields('Control+z');
    await expect.poll(() => details.metaValue('Published').innerText()).toBe('2025-03-12');
    await expect.poll(() => details.dateMention('yesterday').getAttribute('title')).toContain('2025-03-11');
    await review.pressOutsideFields('Control+z');
    await app.readerTitle.filter({ hasText: RELATIVE_EN.title }).waitFor();
    await app.documentRow(RELATIVE_EN.title).waitFor();
    expect(await details.metaValue('Author').innerText()).toBe('—');
    await review.pressOutsideFields('Control+Shift+Z');
    await review.pressOutsideFields('Control+Shift+Z');
    await app.readerTitle.filter({ hasText: NEW_TITLE }).waitFor();
    await expect.poll(() => details.metaValue('Published').innerText()).toBe('2025-04-02');
    await expect.poll(() => details.dateMention('yesterday').getAttribute('title')).toContain('2025-04-01');
  });

  it('in the Arabic UI: corrects an Arabic document’s date and «أمس» follows it', async () => {
    await app.toggleLanguage();
    expect(await app.html.getAttribute('dir')).toBe('rtl');
    await app.openDocument(RELATIVE_AR.title);
    await details.dateMention('أمس').waitFor();
    await details.openDetails();
    await details.saveDetails([
      ['تاريخ النشر (YYYY-MM-DD)', '2025-06-20'],
      ['الوسيلة الإعلامية', 'صحيفة الضفة'],
    ]);
    await details.detailsDialog.waitFor({ state: 'detached' });
    expect(await details.metaValue('تاريخ النشر').innerText()).toBe('2025-06-20');
    await expect.poll(() => details.dateMention('أمس').getAttribute('title')).toContain('2025-06-19');
    await details.dateMention('أمس').click();
    await expect.poll(() => review.mentionPanel.innerText()).toContain('2025-06-19');
    await app.screenshot('details-ar-after-date-edit');
    await details.openDetails();
    await app.screenshot('details-ar-dialog');
    await page.keyboard.press('Escape');
    await details.detailsDialog.waitFor({ state: 'detached' });
    await app.toggleLanguage();
  });

  it('decodes a windows-1256 file again as windows-1252 and back, and refuses once a name is reviewed', async () => {
    await app.openDocument(CP1256_ARTICLE.title);
    expect(await details.metaValue('Encoding').innerText()).toMatch(/^windows-1256 \(detected, \d+% sure\)$/);

    expect((await details.decodeAs('windows-1252')).refusal).toBeNull();
    const wrongTitle = iconv.decode(files.cp1256Bytes, 'windows-1252').split('\n')[0] ?? '';
    await app.readerTitle.filter({ hasText: wrongTitle }).waitFor();
    expect(await app.readerTitle.innerText()).not.toMatch(ARABIC_LETTERS);
    await app.documentRow(wrongTitle).waitFor();
    expect(await details.metaValue('Encoding').innerText()).toBe('windows-1252');
    await app.screenshot('details-en-decoded-as-1252');

    // Undo brings the Arabic text back into the reader and the list; redo decodes it wrongly again.
    await review.pressOutsideFields('Control+z');
    await app.readerTitle.filter({ hasText: CP1256_ARTICLE.title }).waitFor();
    await expect.poll(() => review.body.innerText()).toMatch(ARABIC_LETTERS);
    await app.documentRow(CP1256_ARTICLE.title).waitFor();
    await review.pressOutsideFields('Control+Shift+Z');
    await app.readerTitle.filter({ hasText: wrongTitle }).waitFor();
    expect(await details.metaValue('Encoding').innerText()).toBe('windows-1252');

    expect((await details.decodeAs('windows-1256')).refusal).toBeNull();
    await app.readerTitle.filter({ hasText: CP1256_ARTICLE.title }).waitFor();
    await expect.poll(() => review.body.innerText()).toContain('وقال مدير التعاونية إن الكميات تكفي لشهرين على الأقل.');
    await app.documentRow(CP1256_ARTICLE.title).waitFor();

    await review.addName('تعاونية المخابز', 'o');
    const { refusal } = await details.decodeAs('iso-8859-6');
    expect(refusal).toContain('reviewed names or claims');
    await app.screenshot('details-en-decode-refused');
    await details.decodeDialog.getByRole('button', { name: 'Cancel' }).click();
    await details.decodeDialog.waitFor({ state: 'detached' });
    expect(await app.readerTitle.innerText()).toBe(CP1256_ARTICLE.title);
  });

  it('maps the columns of a CSV in a dialog, imports its rows beside a plain file, and links a near-duplicate', async () => {
    await page.getByLabel('Choose files to import').setInputFiles([files.csv, files.reprint]);
    const dialog = details.mappingDialog(DESK_CSV.fileName);
    await dialog.waitFor();
    const title = dialog.getByLabel('Title', { exact: true });
    // "name" reads like a title to the importer, but it holds the desk.
    expect(await title.inputValue()).toBe('name');
    expect(await dialog.getByLabel('Text', { exact: true }).inputValue()).toBe('copy');
    await title.selectOption('hed');
    await dialog.getByLabel('Date', { exact: true }).selectOption('day');
    const titleSamples = dialog.getByRole('list', { name: 'First rows: Title' });
    await expect.poll(() => titleSamples.innerText()).toContain(DESK_CSV.rows[0]?.hed ?? '?');
    await app.screenshot('details-en-column-mapping');
    await dialog.getByRole('button', { name: 'Import with these columns' }).click();

    const outcomes = await app.importOutcomes();
    expect(outcomes).toHaveLength(3);
    expect(outcomes.filter((o) => o.startsWith(`${DESK_CSV.fileName} › row `) && o.includes('imported'))).toHaveLength(2);
    const near = outcomes.find((o) => o.startsWith(WIRE_REPRINT.fileName)) ?? '';
    expect(near).toMatch(/near-duplicate of #\d+, similarity 0\.\d\d/);
    await app.screenshot('details-en-import-outcomes');
    await app.closeImportPanel();

    for (const row of DESK_CSV.rows) await app.documentRow(row.hed).waitFor();
    await app.openDocument(DESK_CSV.rows[1]?.hed ?? '?');
    expect(await details.metaValue('Published').innerText()).toBe(DESK_CSV.rows[1]?.day);
    expect(await details.metaValue('Part of the file').innerText()).toBe('row 2');
    expect(await page.getByRole('button', { name: 'Decode again…' }).count()).toBe(0);

    await app.openDocument(WIRE_REPRINT.title);
    const link = details.metaValue('Near-duplicate').getByRole('button');
    expect(await link.innerText()).toMatch(/^near-duplicate of #\d+, similarity 0\.\d\d$/);
    await link.click();
    await app.readerTitle.filter({ hasText: WIRE_STORY.title }).waitFor();
  });

  it('in the Arabic UI: maps the columns of a dropped JSON-lines file', async () => {
    await app.toggleLanguage();
    await app.dropFiles([{ name: DESK_JSONL.fileName, text: deskJsonl() }]);
    const dialog = details.mappingDialog(DESK_JSONL.fileName);
    await dialog.waitFor();
    // No key reads like a title: the field starts unmapped and the user picks the headline column.
    const title = dialog.getByLabel('العنوان', { exact: true });
    expect(await title.inputValue()).toBe('');
    expect(await dialog.getByLabel('النص', { exact: true }).inputValue()).toBe('المتن');
    await title.selectOption('الخبر');
    await app.screenshot('details-ar-column-mapping');
    await dialog.getByRole('button', { name: 'استيراد بهذه الأعمدة' }).click();
    const outcomes = await app.importOutcomes();
    expect(outcomes).toEqual([expect.stringMatching(/› row 1\s+استُورد$/), expect.stringMatching(/› row 2\s+استُورد$/)]);
    await app.importPanel.getByRole('button', { name: 'إغلاق' }).click();
    for (const row of DESK_JSONL.rows) await app.documentRow(row.الخبر).waitFor();
    await app.toggleLanguage();
  });

  it('maps a detected column to none: the rows are imported without it', async () => {
    const body = 'The ferry between the two banks resumed on Saturday after the river level fell, and the operator added an evening crossing for commuters.';
    await app.dropFiles([{ name: 'ferry-desk.csv', text: `headline,byline,body\n"Ferry crossings resume","City desk","${body}"\n` }]);
    const dialog = details.mappingDialog('ferry-desk.csv');
    await dialog.waitFor();
    // "byline" reads like the author, but this desk exports its name there.
    const author = dialog.getByLabel('Author', { exact: true });
    expect(await author.inputValue()).toBe('byline');
    await author.selectOption({ label: '— none —' });
    await dialog.getByRole('button', { name: 'Import with these columns' }).click();
    expect(await app.importOutcomes()).toEqual([expect.stringMatching(/› row 1\s+imported$/)]);
    await app.closeImportPanel();
    await app.openDocument('Ferry crossings resume');
    expect(await details.metaValue('Author').innerText()).toBe('—');
  });

  it('logged no error and broke no CSP rule', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
