// The scenes the README's pictures (dev/readme-screenshots.ts) and the store's
// (dev/store-assets.ts) are taken of: the built extension with the dev pages, a small
// generated history, and a live call tagged by keys as a user would.
import type { BrowserContext, Page } from 'playwright-core';
import { PanelPage } from '../tests/e2e/pages/panel-page';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../tests/e2e/support/extension-browser';
import type { DevApi } from './components/dev-api';

const DAY = 24 * 60 * 60 * 1000;
/** The live call's title, as the pictures show it. */
export const LIVE_CALL_TITLE = 'Pilot scope review';
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

export interface SeededExtension {
  context: BrowserContext;
  extensionId: string;
  /** The generated partner with the most calls: the live call is with them. */
  partner: string;
}

async function seedHistory(page: Page): Promise<string> {
  return page.evaluate(async (endAt) => {
    const api = (globalThis as unknown as { reciprocityDev: DevApi }).reciprocityDev;
    const seeded = await api.seed({ calls: 90, partners: 10, momentsPerCall: 14, seed: 7, endAt });
    return seeded.busiestPartnerName;
  }, Date.now() - DAY);
}

/**
 * Runs `scenes` in a fresh profile of the extension at RC_EXTENSION_DIR (a build with the dev
 * pages), after seeding 90 calls with 10 partners up to yesterday; cleans up after.
 */
export async function withSeededExtension(
  scenes: (seeded: SeededExtension) => Promise<void>,
): Promise<void> {
  const profile = await makeProfileDir();
  const browser = await launchExtensionBrowser(profile);
  try {
    const { context, extensionId } = browser;
    const dev = await context.newPage();
    await dev.goto(`chrome-extension://${extensionId}/dev-seed.html`);
    await dev.waitForFunction(() => 'reciprocityDev' in globalThis);
    const partner = await seedHistory(dev);
    await dev.close();
    await scenes({ context, extensionId, partner });
  } finally {
    await browser.close();
    await removeProfileDir(profile);
  }
}

/**
 * Opens the side panel's page at the given size, on a clock of its own, and plays the live
 * call with `partner` 16 minutes in: the panel is left showing it, not yet ended.
 */
export async function openPanelInLiveCall(
  { context, extensionId, partner }: SeededExtension,
  viewport: { width: number; height: number },
): Promise<PanelPage> {
  const page = await context.newPage();
  await page.clock.install();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const panel = new PanelPage(page);
  await panel.startCall(LIVE_CALL_TITLE, partner);
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
  return panel;
}

/** Ends the panel's live call and closes the panel once the call's review shows. */
export async function endLiveCall(panel: PanelPage): Promise<void> {
  await panel.endButton.click();
  await panel.page.getByRole('heading', { name: LIVE_CALL_TITLE, level: 1 }).waitFor();
  await panel.page.close();
}

/** Waits for the page's fonts and data, so that a picture never catches a fallback font or
 * a part still loading (those say aria-busy). */
export async function settled(page: Page): Promise<Page> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}
