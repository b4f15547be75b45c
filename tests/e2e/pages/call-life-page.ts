import type { Locator, Page } from 'playwright-core';

/** The call page's editing, follow-up and export controls. */
export class CallLifePage {
  constructor(readonly page: Page) {}

  get outcome(): Locator {
    return this.page.locator('.outcome-card');
  }
  timelineEdit(name: RegExp | string): Locator {
    return this.page.getByRole('button', { name });
  }
  get editor(): Locator {
    return this.page.getByRole('form', { name: 'Edit moment' });
  }
  list(name: RegExp): Locator {
    return this.page.getByRole('list', { name });
  }

  async answerOutcome(reached: 'Yes' | 'Partly' | 'No', why: string): Promise<void> {
    await this.outcome.getByText(reached, { exact: true }).click();
    await this.page.getByLabel('Why, in a line').fill(why);
    await this.page.getByRole('button', { name: 'Save outcome' }).click();
  }

  /** Downloads the Markdown export and returns its text. */
  async exportMarkdown(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Markdown', exact: true }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
