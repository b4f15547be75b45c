import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

async function tagCall(panel: PanelPage, title: string, keys: string[]) {
  await panel.startCall(title, 'Acme');
  for (const key of keys) {
    await panel.page.keyboard.press(key);
    await panel.page.keyboard.press('Escape');
  }
  await expect.poll(() => panel.moments.count(), POLL).toBe(keys.length);
  await panel.endButton.click();
  await panel.page.getByRole('button', { name: /All calls|Back/ }).click();
  await panel.startButton.waitFor();
}

/** The WCAG contrast of an element's text against its own (opaque) background, as drawn. */
async function drawnContrast(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    const channels = (css: string) => {
      const parts = css.match(/[\d.]+/g)?.map(Number) ?? [];
      if (parts.length === 4 && parts[3] !== 1) throw new Error(`${css} is not opaque`);
      return parts.slice(0, 3);
    };
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = channels(css).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

async function inBothThemes(page: Page, check: (theme: 'light' | 'dark') => Promise<void>) {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await check(theme);
  }
}

describe('undo notices and verdict chips in real Chromium', () => {
  test('every verdict chip reads at AA; two deletions keep two readable Undo buttons', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await tagCall(panel, 'They only took', ['a', 'a', 'a', 'Shift+V']);
    await tagCall(panel, 'They got more', ['a', 'a', 'a', 'v', 'Shift+V', 'Shift+V']);
    await tagCall(panel, 'Even', ['a', 'v', 'Shift+A', 'Shift+V']);
    await tagCall(panel, 'You got more', ['Shift+A', 'Shift+A', 'Shift+A', 'Shift+V', 'v', 'v']);
    await tagCall(panel, 'You only took', ['Shift+A', 'Shift+A', 'Shift+A', 'v']);
    await tagCall(panel, 'Barely started', ['n']);

    const history = await HistoryPage.open(under.browser.context, under.browser.extensionId);
    await expect.poll(() => history.count.textContent(), POLL).toBe('6 calls');
    const chips = history.page.locator('.verdict-chip');
    await expect.poll(() => chips.count(), POLL).toBe(6);
    expect((await chips.allTextContents()).sort()).toEqual([
      'Balanced',
      'One-sided: they only took',
      'One-sided: you only took',
      'They got more',
      'Too little data',
      'You got more',
    ]);
    await inBothThemes(history.page, async (theme) => {
      for (const chip of await chips.all()) {
        const label = await chip.textContent();
        expect(await drawnContrast(chip), `${label} (${theme})`).toBeGreaterThanOrEqual(4.5);
      }
      const colour = (text: string) =>
        chips.filter({ hasText: new RegExp(`^${text}$`) }).evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.color} on ${s.backgroundColor}`;
        });
      expect(await colour('They got more')).not.toBe(await colour('You got more'));
      await history.screenshot(`undo-verdicts-history-${theme}`);
    });

    await history.page.emulateMedia({ colorScheme: 'light' });
    for (const title of ['Even', 'Barely started']) {
      await history.rows
        .filter({ hasText: title })
        .getByRole('link', { name: new RegExp(title) })
        .first()
        .click();
      await history.page.getByRole('button', { name: 'Delete call' }).click();
      await history.page.getByRole('button', { name: 'Delete call' }).click();
      await expect.poll(() => history.count.textContent(), POLL).not.toContain('6');
    }
    const notices = history.page.locator('.undo-notice');
    await expect.poll(() => notices.count(), POLL).toBe(2);
    await inBothThemes(history.page, async (theme) => {
      for (const notice of await notices.all()) {
        expect(await drawnContrast(notice), theme).toBeGreaterThanOrEqual(4.5);
        const undo = notice.getByRole('button', { name: 'Undo' });
        expect(await drawnContrast(undo), theme).toBeGreaterThanOrEqual(4.5);
      }
      await history.page.screenshot({
        path: `test-results/screenshots/undo-notices-${theme}.png`,
      });
    });
    // Each Undo brings back its own call.
    await notices.filter({ hasText: 'Even' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => history.count.textContent(), POLL).toBe('5 calls');
    await expect.poll(() => notices.count(), POLL).toBe(1);
    await expect.poll(() => notices.textContent(), POLL).toContain('Barely started');
  });
});
