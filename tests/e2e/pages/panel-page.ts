import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The side panel, opened as a tab: same page, same code, drivable by Playwright. */
export class PanelPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PanelPage> {
    const page = await context.newPage();
    // Tall enough that the fullPage screenshots have no scrollbar to crop them.
    await page.setViewportSize({ width: 380, height: 1400 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new PanelPage(page);
  }

  get startButton(): Locator {
    return this.page.getByRole('button', { name: 'Start call' });
  }
  get endButton(): Locator {
    return this.page.getByRole('button', { name: /End call/ });
  }
  get moments(): Locator {
    return this.page.getByRole('list', { name: 'Moments, newest first' }).getByRole('listitem');
  }
  get noteInput(): Locator {
    return this.page.getByLabel('Note for this moment');
  }
  get timer(): Locator {
    return this.page.getByLabel('Call duration');
  }
  tagButton(side: 'Them' | 'Me', label: string): Locator {
    return this.page.getByRole('button', { name: `${side}: ${label}` });
  }

  async startCall(title: string, partner?: string): Promise<void> {
    await this.page.getByLabel('Title').fill(title);
    if (partner) await this.page.getByLabel('Partner (optional)').fill(partner);
    await this.startButton.click();
    await this.endButton.waitFor();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
