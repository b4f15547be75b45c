import type { Locator, Page } from 'playwright-core';

export class CallReviewPage {
  constructor(readonly page: Page) {}

  get timeline(): Locator {
    return this.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  }
  get highlighted(): Locator {
    return this.page.locator('.timeline [data-highlighted]');
  }
  get verdict(): Locator {
    return this.page.locator('.summary-headline');
  }
  flag(text: string | RegExp): Locator {
    return this.page
      .getByRole('list', { name: 'Red flags' })
      .getByRole('listitem')
      .filter({ hasText: text });
  }
}
