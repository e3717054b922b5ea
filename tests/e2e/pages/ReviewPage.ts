import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 20_000;

/** The review surfaces (reader highlights, focused-mention panel, register, claims) in either UI language. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  get body(): Locator {
    return this.page.locator('.reader__body');
  }

  get mentionPanel(): Locator {
    return this.page.getByRole('region', { name: /^(Focused mention|الاسم المحدد)$/ });
  }

  get panelName(): Locator {
    return this.mentionPanel.locator('h3');
  }

  get toast(): Locator {
    return this.page.locator('.toast span');
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The highlight of a mention by id (its first piece). */
  mention(id: string): Locator {
    return this.page.locator(`[data-heads~="${id}"]`);
  }

  /** Waits until the open document's mentions and claims are drawn (the text is re-rendered then). */
  async waitLoaded(): Promise<void> {
    await this.page.locator('.reader__body[aria-busy="false"]').waitFor({ timeout: TIMEOUT });
  }

  /** Selects the occurrence-th appearance of text in the reader, as a user dragging over it would. */
  async selectText(text: string, occurrence = 0): Promise<void> {
    await this.waitLoaded();
    const found = await this.page.evaluate(
      ([wanted, nth]) => {
        const root = document.querySelector('.reader__body');
        if (!root) return false;
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const all = nodes.map((n) => n.data).join('');
        let at = -1;
        for (let i = 0; i <= nth; i++) at = all.indexOf(wanted, at + 1);
        if (at < 0) return false;
        const locate = (offset: number, preferNext: boolean): [Text, number] => {
          let passed = 0;
          for (const n of nodes) {
            const inside = preferNext ? offset < passed + n.data.length : offset <= passed + n.data.length;
            if (inside) return [n, offset - passed];
            passed += n.data.length;
          }
          const last = nodes[nodes.length - 1] as Text;
          return [last, last.data.length];
        };
        const range = document.createRange();
        range.setStart(...locate(at, true));
        range.setEnd(...locate(at + wanted.length, false));
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      },
      [text, occurrence] as const,
    );
    if (!found) throw new Error(`"${text}" is not in the reader`);
    await this.page.getByRole('toolbar', { name: /[“«].+[”»]/ }).waitFor({ timeout: TIMEOUT });
  }

  /** Selects text and adds it as a name with a type key; returns the new mention's id once it is focused. */
  async addName(text: string, key: string, occurrence = 0): Promise<string> {
    await this.selectText(text, occurrence);
    await this.page.keyboard.press(key);
    await this.panelName.filter({ hasText: text }).waitFor({ timeout: TIMEOUT });
    return this.focusedId();
  }

  /** The id of the mention that has keyboard focus. */
  async focusedId(): Promise<string> {
    const handle = this.page.locator('.reader__body [data-heads]:focus');
    await handle.waitFor({ timeout: TIMEOUT });
    return (await handle.getAttribute('data-heads'))?.split(' ').pop() ?? '';
  }

  async waitForStatus(id: string, status: 'accepted' | 'rejected' | 'suggested'): Promise<void> {
    await this.page.locator(`[data-heads~="${id}"].mention--${status}`).waitFor({ timeout: TIMEOUT });
  }

  /** Rejects the focused mention with one key, then clicks it and accepts it with another, waiting for each status. */
  async rejectThenAccept(id: string, rejectKey: string, acceptKey: string): Promise<void> {
    await this.page.keyboard.press(rejectKey);
    await this.waitForStatus(id, 'rejected');
    await this.mention(id).click();
    await this.page.keyboard.press(acceptKey);
    await this.waitForStatus(id, 'accepted');
  }

  /** Presses a key with nothing focused that takes text (global shortcuts such as undo). */
  async pressOutsideFields(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  registerRow(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${name}$`) }) });
  }

  claimCards(): Locator {
    return this.page.locator('.claim-list__items > li');
  }
}
