import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

/** The id of the one call stored, read from the extension's own database. */
async function onlyCallId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('reciprocity-coach');
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const read = open.result.transaction('calls').objectStore('calls').getAllKeys();
          read.onsuccess = () => {
            open.result.close();
            resolve(String(read.result[0]));
          };
          read.onerror = () => reject(read.error ?? new Error('cannot read the calls'));
        };
      }),
  );
}

/** Height on screen and font size of each axis label of the give-and-take chart. */
async function tickSizes(page: Page): Promise<{ height: number; fontSize: string }[]> {
  const ticks = page.locator('.chart .tick');
  await expect.poll(() => ticks.count(), POLL).toBeGreaterThan(0);
  return ticks.evaluateAll((nodes) =>
    nodes.map((node) => ({
      height: Math.round(node.getBoundingClientRect().height * 10) / 10,
      fontSize: getComputedStyle(node).fontSize,
    })),
  );
}

describe('the call page at any width', () => {
  test('the chart’s axis text is the same readable size in the panel and on a wide page', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.page.setViewportSize({ width: 360, height: 1400 });
    await panel.startCall('Chart sizes', 'Acme Robotics');
    for (const key of ['a', 'Shift+V', 'p', 'v']) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await expect.poll(() => panel.moments.count(), POLL).toBe(4);
    await panel.endButton.click();
    const narrow = await tickSizes(panel.page);

    const callId = await onlyCallId(panel.page);
    const wide = await HistoryPage.open(
      under.browser.context,
      under.browser.extensionId,
      `#/call/${callId}`,
    );
    await wide.page.setViewportSize({ width: 1280, height: 900 });
    const atWidth = await tickSizes(wide.page);

    expect(narrow.length).toBe(atWidth.length);
    for (const [i, tick] of narrow.entries()) {
      expect(tick.height).toBeGreaterThanOrEqual(11);
      expect(Math.abs(tick.height - (atWidth[i]?.height ?? 0))).toBeLessThanOrEqual(0.5);
      expect(tick.fontSize).toBe(atWidth[i]?.fontSize);
    }
  });
});
