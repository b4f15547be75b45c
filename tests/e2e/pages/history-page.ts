import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The full-page history, partner pages and the rest of the extension's own page. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    hash = '#/',
  ): Promise<HistoryPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/calls.html${hash}`);
    return new HistoryPage(page);
  }

  get rows(): Locator {
    return this.page.getByRole('list', { name: 'Calls' }).getByRole('listitem');
  }
  get count(): Locator {
    return this.page.locator('.history-count');
  }
  get search(): Locator {
    return this.page.getByLabel('Search calls');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
