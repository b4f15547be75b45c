import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest } from './support/browser-per-test';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
} from './support/extension-browser';

const under = browserPerTest();

/** A live call whose meter leans to one side, with its red flags showing. */
async function liveCallWithFlags(panel: PanelPage): Promise<void> {
  await panel.startCall('Intro with Acme', 'Acme');
  for (const key of ['p', 'a', 'Shift+V']) {
    await panel.page.keyboard.press(key);
    await panel.page.keyboard.press('Escape');
  }
  await panel.page.getByRole('list', { name: 'Red flags so far' }).waitFor();
}

/** The root's and the body text's computed font sizes. */
function fontSizes(page: Page): Promise<[root: string, body: string]> {
  return page.evaluate(() => [
    getComputedStyle(document.documentElement).fontSize,
    getComputedStyle(document.body).fontSize,
  ]);
}

describe('the text size the user chose in the browser', () => {
  let large: { profile: string; browser: ExtensionBrowser } | undefined;
  afterEach(async () => {
    await large?.browser.close();
    if (large) await removeProfileDir(large.profile);
    large = undefined;
  });

  test('sizes every page: 16 px by default gives 14 px text, 20 px gives 17.5 px', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startButton.waitFor();
    expect(await fontSizes(panel.page)).toEqual(['16px', '14px']);

    // Chromium's Settings > Appearance > Font size, as the profile stores it.
    const profile = await makeProfileDir();
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 20 } } }),
    );
    large = { profile, browser: await launchExtensionBrowser(profile) };
    const bigPanel = await PanelPage.open(large.browser.context, large.browser.extensionId);
    await bigPanel.startButton.waitFor();
    expect(await fontSizes(bigPanel.page)).toEqual(['20px', '17.5px']);
    await bigPanel.screenshot('text-20px-panel-home');
    await liveCallWithFlags(bigPanel);
    await bigPanel.screenshot('text-20px-panel-live');
    const history = await HistoryPage.open(large.browser.context, large.browser.extensionId);
    await history.page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    expect(await fontSizes(history.page)).toEqual(['20px', '17.5px']);
    // The history's rows have a set height (they are virtual): it grows with the text.
    const row = history.rows.first().locator('.call-row:not(.placeholder)');
    await row.waitFor();
    const outside = await row.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [...element.children]
        .filter((part) => {
          const { top, bottom } = part.getBoundingClientRect();
          // Outside the row, or squeezed so that its own text is cut (the title's is hidden).
          return top < box.top || bottom > box.bottom || part.scrollHeight > part.clientHeight;
        })
        .map((part) => part.textContent);
    });
    expect(outside).toEqual([]);
    await history.screenshot('text-20px-history');
  });
});

describe('forced colours (Windows high contrast)', () => {
  test("the balance meter's halves, even line and marker stay visible", async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await liveCallWithFlags(panel);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ forcedColors: 'active', colorScheme });
      await panel.screenshot(`forced-colors-${colorScheme}-live`);
      const drawn = await panel.page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.background = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        // Forced colours keep a colour's alpha: a transparent background stays transparent.
        const transparent = (colour: string) => /^rgba\(.*,\s*0\)$/.test(colour);
        const shows = (colour: string) => colour !== canvas && !transparent(colour);
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`No ${selector} on the live screen`);
          return getComputedStyle(element);
        };
        const filled = (selector: string) => shows(style(selector).backgroundColor);
        const outlined = (selector: string) => {
          const s = style(selector);
          return parseFloat(s.borderTopWidth) > 0 && shows(s.borderTopColor);
        };
        return {
          themHalf: filled('.meter-them') || outlined('.meter-them'),
          meHalf: filled('.meter-me') || outlined('.meter-me'),
          evenLine: filled('.meter-centre'),
          // A dot filled in a system colour: a ring alone is lost on the meter's own outline.
          marker: filled('.meter-marker'),
        };
      });
      expect(drawn, colorScheme).toEqual({
        themHalf: true,
        meHalf: true,
        evenLine: true,
        marker: true,
      });
    }
  });
});
