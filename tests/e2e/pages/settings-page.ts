import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The full page's `#/settings` route: the tag pad, lead time, names, theme, reset. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** Opens the settings at the full page's width, or at the side panel's 380 px. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    width = 1000,
  ): Promise<SettingsPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/calls.html#/settings`);
    const settings = new SettingsPage(page);
    await settings.heading.waitFor();
    return settings;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Settings', level: 1 });
  }
  get kinds(): Locator {
    return this.page.getByRole('list', { name: 'Kinds on the tag pad' }).getByRole('listitem');
  }
  get addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a custom kind' });
  }

  async addKind(label: string, countsAs: string, key: string): Promise<void> {
    await this.addForm.getByLabel('Name').fill(label);
    await this.addForm.getByLabel('Counts as').selectOption({ label: countsAs });
    await this.addForm.getByLabel('Panel key').fill(key);
    await this.addForm.getByRole('button', { name: 'Add kind' }).click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
