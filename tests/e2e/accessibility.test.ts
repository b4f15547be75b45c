import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ScreenTour } from './pages/screen-tour';
import { seriousViolations } from './support/axe';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
} from './support/extension-browser';

/** Every screen people see, as the tour opens it. A new screen is one line here. */
const SCREENS: ReadonlyArray<[name: string, open: (tour: ScreenTour) => Promise<Page>]> = [
  ['panel home', (tour) => tour.panelHome()],
  ['live call with flags', (tour) => tour.liveCall()],
  ['keys cheat sheet', (tour) => tour.cheatSheet()],
  ['call page', (tour) => tour.callPage()],
  ['history', (tour) => tour.fullPage('#/', 'History')],
  ['partners list', (tour) => tour.fullPage('#/partners', 'Partners')],
  ['partner page', (tour) => tour.partnerPage()],
  ['backup', (tour) => tour.fullPage('#/backup', 'Backup and restore')],
  ['settings', (tour) => tour.fullPage('#/settings', 'Settings')],
  ['undo notice after deleting a call', (tour) => tour.undoNotice()],
];

// One browser for the whole tour: seeding through the panel once, not once per screen.
let profile: string;
let browser: ExtensionBrowser;
let tour: ScreenTour;
beforeAll(async () => {
  profile = await makeProfileDir();
  browser = await launchExtensionBrowser(profile);
  tour = new ScreenTour(browser.context, browser.extensionId);
  await tour.seed();
}, 90_000);
afterEach(() => tour.leave());
afterAll(async () => {
  await browser.close();
  await removeProfileDir(profile);
});

describe('axe finds no serious or critical violation', () => {
  test.each(SCREENS)('%s, light and dark', async (_name, open) => {
    const page = await open(tour);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const violation of await seriousViolations(page))
        found.push(`${colorScheme}: ${violation}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});
