import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

/** The full page's `#/backup` route: download a backup, restore one. */
export class BackupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<BackupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/calls.html#/backup`);
    const backup = new BackupPage(page);
    await backup.heading.waitFor();
    return backup;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Backup and restore', level: 1 });
  }
  get downloadButton(): Locator {
    return this.page.getByRole('button', { name: 'Download a backup' });
  }
  get fileInput(): Locator {
    return this.page.getByLabel('Choose a backup file');
  }
  get problems(): Locator {
    return this.page.getByRole('alert');
  }
  get problemItems(): Locator {
    return this.problems.getByRole('listitem');
  }
  get summary(): Locator {
    return this.page.locator('.backup-success');
  }

  /** Clicks Download and returns the file the browser saved, as text. */
  async download(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }

  async restore(name: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
