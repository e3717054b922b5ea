import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { platformFontsOf } from '../fixtures/browser';
import { screenshotPath } from '../fixtures/paths';

const TIMEOUT = 20_000;

/** The Casefile window as a user sees it: named controls, not CSS internals, wherever possible. */
export class CasefilePage {
  constructor(readonly page: Page) {}

  get html(): Locator {
    return this.page.locator('html');
  }

  get documentList(): Locator {
    return this.page.getByRole('listbox', { name: /^(Documents|المستندات)$/ });
  }

  get readerParagraphs(): Locator {
    return this.page.locator('.reader__body p');
  }

  get readerTitle(): Locator {
    return this.page.locator('#reader-title');
  }

  get searchBox(): Locator {
    return this.page.getByRole('combobox', { name: /^(Search|بحث)$/ });
  }

  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: /^(Search results|نتائج البحث)$/ });
  }

  get importPanel(): Locator {
    return this.page.getByRole('region', { name: /^(Import|الاستيراد)$/ });
  }

  /** The heading of the open case. */
  caseHeading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true });
  }

  async openCase(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: /^(Cases|القضايا)$/ }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await this.caseHeading(name).waitFor({ timeout: TIMEOUT });
  }

  /** True when the element that has keyboard focus is locator's element or inside it. */
  async holdsFocus(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el.contains(document.activeElement));
  }

  async waitReady(): Promise<void> {
    await this.page.getByRole('button', { name: /^(New case|قضية جديدة)$/ }).waitFor({ timeout: TIMEOUT });
  }

  async createCase(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New case' });
    await dialog.getByLabel('Case name').fill(name);
    if (description) await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
    await this.page.getByRole('heading', { name }).waitFor({ timeout: TIMEOUT });
  }

  /** Imports through the hidden file input and waits for the per-file outcomes; returns their texts. */
  async importFiles(paths: string[]): Promise<string[]> {
    await this.page.getByLabel('Choose files to import').setInputFiles(paths);
    return this.importOutcomes();
  }

  /** Imports with Ctrl+O, answering the browser's file chooser. */
  async importWithShortcut(paths: string[]): Promise<string[]> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.keyboard.press('Control+o')]);
    await chooser.setFiles(paths);
    return this.importOutcomes();
  }

  async importFolder(dir: string): Promise<string[]> {
    await this.page.getByLabel('Choose a folder to import').setInputFiles(dir);
    return this.importOutcomes();
  }

  /** Drops files made in the page onto the window, as a drag from the desktop would; returns the overlay's text. */
  async dropFiles(files: ReadonlyArray<{ name: string; text: string }>): Promise<string> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    const overlay = await this.page.locator('.drop-overlay').innerText();
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
    return overlay;
  }

  async dropFile(name: string, text: string): Promise<{ overlay: string; outcomes: string[] }> {
    const overlay = await this.dropFiles([{ name, text }]);
    return { overlay, outcomes: await this.importOutcomes() };
  }

  /** Every outcome's text: the list is virtual, so it is scrolled through and read a screen at a time. */
  async importOutcomes(): Promise<string[]> {
    const outcomes = this.importPanel.getByRole('list', { name: /^(Import results|نتائج الاستيراد)$/ });
    await outcomes.waitFor({ timeout: 60_000 });
    return outcomes.evaluate(async (list) => {
      const texts = new Map<number, string>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const total = Number(list.querySelector('[role="listitem"]')?.getAttribute('aria-setsize') ?? 0);
      list.scrollTop = 0;
      for (let guard = 0; texts.size < total && guard < 20_000; guard++) {
        await frame();
        for (const item of list.querySelectorAll<HTMLElement>('[role="listitem"]')) texts.set(Number(item.getAttribute('aria-posinset')), item.innerText);
        if (list.scrollTop + list.clientHeight < list.scrollHeight - 1) list.scrollTop += list.clientHeight;
      }
      list.scrollTop = 0;
      return [...texts.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
    });
  }

  async importCountText(): Promise<string> {
    return this.importPanel.locator('.import-panel__count').innerText();
  }

  async closeImportPanel(): Promise<void> {
    await this.importPanel.getByRole('button', { name: 'Close' }).click();
    await this.importPanel.waitFor({ state: 'detached' });
  }

  documentRow(title: string): Locator {
    return this.documentList.getByRole('option', { name: title });
  }

  async openDocument(title: string): Promise<void> {
    await this.documentRow(title).click();
    await this.readerTitle.filter({ hasText: title }).waitFor({ timeout: TIMEOUT });
  }

  /** Computed direction and real (platform) font of the reader's first paragraph. */
  async firstParagraphRendering(): Promise<{ direction: string; fonts: string[] }> {
    const direction = await this.readerParagraphs.first().evaluate((p) => getComputedStyle(p).direction);
    return { direction, fonts: await platformFontsOf(this.page, '.reader__body p') };
  }

  /** Focuses search with "/", types the query and returns the first hit once it shows. */
  async search(query: string): Promise<Locator> {
    // "/" only focuses search when typing elsewhere is not under way: start from no focus.
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('/');
    expect(await this.searchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await this.searchBox.fill(query);
    // aria-busy marks hits of an earlier query still on screen; wait for this query's own.
    const first = this.page.locator('#search-results:not([aria-busy="true"]) [role="option"]').first();
    await first.waitFor({ timeout: TIMEOUT });
    return first;
  }

  /** Presses a key as an Arabic keyboard layout reports it (the character it types, the physical key), with no field focused. */
  async pressOnArabicLayout(key: string, code: string): Promise<void> {
    await this.page.evaluate(
      ([k, c]) => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true }));
      },
      [key, code] as const,
    );
  }

  async setScopeAllCases(): Promise<void> {
    await this.page.getByLabel('Search scope').selectOption('all');
  }

  /** The switch is named by the language it switches to, as it reads on screen. */
  async toggleLanguage(): Promise<void> {
    await this.page.getByRole('button', { name: /^(English|العربية)$/, description: /^(Interface language|لغة الواجهة)$/ }).click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: screenshotPath(name), fullPage: true });
  }
}
