import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 20_000;

/** The reader's details (metadata, encoding, near-duplicates), their two dialogs, and the column-mapping dialog. */
export class DetailsPage {
  constructor(readonly page: Page) {}

  get meta(): Locator {
    return this.page.locator('.reader__meta');
  }

  /** The metadata value shown under a label (e.g. "Published"). */
  metaValue(label: string | RegExp): Locator {
    return this.meta.locator('.reader__meta-row').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  get detailsDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Document details|بيانات المستند)$/ });
  }

  get decodeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Decode the text again|فك ترميز النص من جديد)$/ });
  }

  /** The highlight of a date expression in the reader. */
  dateMention(text: string): Locator {
    return this.page.locator('.reader__body .mention--DATE', { hasText: text }).first();
  }

  async openDetails(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(Edit details|تعديل البيانات)$/ }).click();
    await this.detailsDialog.waitFor({ timeout: TIMEOUT });
    return this.detailsDialog;
  }

  /** Fills the given fields by label and saves; returns the dialog (still open if the server refused). */
  async saveDetails(fields: ReadonlyArray<[label: string | RegExp, value: string]>): Promise<Locator> {
    const dialog = this.detailsDialog;
    for (const [label, value] of fields) await dialog.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
    await dialog.getByRole('button', { name: /^(Save|حفظ)$/ }).click();
    return dialog;
  }

  /** Decodes the open document again; resolves once the dialog closed or showed the server's refusal. */
  async decodeAs(encoding: string): Promise<{ refusal: string | null }> {
    await this.page.getByRole('button', { name: /^(Decode again…|فك الترميز من جديد…)$/ }).click();
    const dialog = this.decodeDialog;
    await dialog.getByLabel(/^(Encoding|الترميز)$/).selectOption(encoding);
    await dialog.getByRole('button', { name: /^(Decode again|فك الترميز من جديد)$/ }).click();
    const refusal = dialog.getByRole('alert');
    await Promise.race([dialog.waitFor({ state: 'detached', timeout: 60_000 }), refusal.waitFor({ timeout: 60_000 })]);
    return { refusal: (await refusal.count()) > 0 ? await refusal.innerText() : null };
  }

  mappingDialog(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(`^(Columns of “|أعمدة «)${fileName.replace(/\./g, '\\.')}(”|»)$`) });
  }
}
