// npm run screenshots: the README's pictures, taken in real Chromium from the built extension
// (with the dev pages), on a small generated history and a live call tagged by keys as a
// user would. Run it after a change that shows in them; look at every picture before commit.
import type { Page } from 'playwright-core';
import { HistoryPage } from '../tests/e2e/pages/history-page';
import { PanelPage } from '../tests/e2e/pages/panel-page';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../tests/e2e/support/extension-browser';
import type { DevApi } from './components/dev-api';

const DAY = 24 * 60 * 60 * 1000;
/** The live call's moments: a key, then its note ('' for none), minutes into the call. */
const LIVE_TAGS: ReadonlyArray<[key: string, note: string, minute: number]> = [
  ['Shift+V', 'Shared our onboarding playbook', 1],
  ['a', 'Intro to our head of retail', 3],
  ['p', 'Asked for our per-store margins', 6],
  ['Shift+H', '', 8],
  ['a', 'Wants the pilot data by Friday', 10],
  ['e', 'Dodged the question on their timeline', 12],
  ['t', '', 14],
  ['Shift+C', 'Send the pilot site list by Monday', 15],
];

async function seedHistory(page: Page): Promise<string> {
  return page.evaluate(async (endAt) => {
    const api = (globalThis as unknown as { reciprocityDev: DevApi }).reciprocityDev;
    const seeded = await api.seed({ calls: 90, partners: 10, momentsPerCall: 14, seed: 7, endAt });
    return seeded.busiestPartnerName;
  }, Date.now() - DAY);
}

async function liveCall(panel: PanelPage, partner: string): Promise<void> {
  const { page } = panel;
  await panel.startCall('Pilot scope review', partner);
  let minute = 0;
  for (const [key, note, at] of LIVE_TAGS) {
    await page.clock.fastForward((at - minute) * 60_000);
    minute = at;
    await page.keyboard.press(key);
    if (note) {
      await page.keyboard.type(` ${note}`);
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Escape');
    }
  }
  await page.clock.fastForward(60_000);
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/${name}.png`, fullPage });
  console.log(`docs/${name}.png`);
}

const profile = await makeProfileDir();
const browser = await launchExtensionBrowser(profile);
try {
  const { context, extensionId } = browser;
  const dev = await context.newPage();
  await dev.goto(`chrome-extension://${extensionId}/dev-seed.html`);
  await dev.waitForFunction(() => 'reciprocityDev' in globalThis);
  const partner = await seedHistory(dev);
  await dev.close();

  const panelPage = await context.newPage();
  await panelPage.clock.install();
  await panelPage.setViewportSize({ width: 380, height: 900 });
  await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const panel = new PanelPage(panelPage);
  await liveCall(panel, partner);
  await shoot(panelPage, 'screenshot-live');

  await panel.endButton.click();
  const title = panelPage.getByRole('heading', { name: 'Pilot scope review', level: 1 });
  await title.waitFor();
  await panelPage.close();

  const history = await HistoryPage.open(context, extensionId);
  await history.page.setViewportSize({ width: 1100, height: 760 });
  await history.rows.first().waitFor();
  await shoot(history.page, 'screenshot-history');

  await history.page.getByRole('link', { name: 'Pilot scope review' }).click();
  await history.page.getByRole('heading', { name: 'Pilot scope review', level: 1 }).waitFor();
  await history.page.setViewportSize({ width: 1100, height: 1500 });
  await shoot(history.page, 'screenshot-call');

  await history.page.goto(history.page.url().replace(/#.*$/, '#/partners'));
  await history.page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
  await history.page.setViewportSize({ width: 1100, height: 620 });
  await history.page.locator('table[aria-label="Partners"] tbody tr').first().waitFor();
  await shoot(history.page, 'screenshot-partners');
} finally {
  await browser.close();
  await removeProfileDir(profile);
}
