import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { VIEWPORT } from './measure-history';

/** The page `saveStaticHistoryCopy` writes into the extension under test. */
export const STATIC_HISTORY_PAGE = 'dev-static-history.html';

/**
 * Saves the History's first screen, as rendered on `VIEWPORT`, into the extension directory
 * as a page of its own: the same HTML and stylesheets, no script, nothing read. Opened the
 * way the History is, it is the floor of any History's open: whatever a page does to read
 * its calls and render them, it cannot show them sooner than a copy that already holds them.
 * Must run before the measuring browser starts (it loads the extension's files then).
 */
export async function saveStaticHistoryCopy(
  context: BrowserContext,
  extensionId: string,
  extensionDir: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(VIEWPORT);
    await page.goto(`chrome-extension://${extensionId}/calls.html#/`);
    await page.getByRole('list', { name: 'Calls' }).getByRole('listitem').nth(12).waitFor();
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]'))
        script.remove();
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    await writeFile(join(extensionDir, STATIC_HISTORY_PAGE), html);
  } finally {
    await page.close();
  }
}
