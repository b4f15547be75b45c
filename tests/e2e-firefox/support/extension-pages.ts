import type { KeyInput, Page } from 'puppeteer-core';

/** Selectors for what a user sees: accessible names where there is one. */
export const SEL = {
  // With a role: Firefox also names a <label> by its text.
  startButton: '::-p-aria([name="Start call"][role="button"])',
  endButton: '::-p-aria([name="End call"][role="button"])',
  title: '::-p-aria([name="Title"][role="textbox"])',
  partner: '::-p-aria([name="Partner (optional)"][role="combobox"])',
  noteInput: '::-p-aria([name="Note for this moment"][role="textbox"])',
  moments: 'ol[aria-label="Moments, newest first"] > li',
  timeline: 'ol[aria-label="Timeline"] > li',
  verdict: '.summary-headline',
  historyRows: '[role="list"][aria-label="Calls"] > [role="listitem"]',
  historyCount: '.history-count',
  backupHeading: '::-p-aria([name="Backup and restore"][role="heading"])',
  backupFile: '#backup-file',
  backupSummary: '.backup-success',
  tag: (side: 'Them' | 'Me', label: string) =>
    `::-p-aria([name="${side}: ${label}"][role="button"])`,
} as const;

/** The text of each element `selector` matches, in document order ([] when none). */
export async function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? ''));
}

/** Presses a key, or a chord written as Playwright writes it: `Shift+V`, `Control+z`. */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop();
  if (!key) throw new Error(`No key in "${chord}"`);
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

interface ExtensionGlobals {
  browser: {
    runtime: { getBackgroundPage(): Promise<Record<string, unknown> | null> };
    browserAction: { getBadgeText(details: object): Promise<string> };
  };
}

/**
 * Runs the background page's command handler, exactly as a global shortcut would: a headless
 * browser cannot press one. Reached through `runtime.getBackgroundPage()` from an add-on page,
 * so it is the handler the real background start-up wired to `commands.onCommand`.
 */
export async function pressGlobalShortcut(page: Page, command: string): Promise<unknown> {
  return page.evaluate(async (name) => {
    const { browser } = globalThis as unknown as ExtensionGlobals;
    const background = await browser.runtime.getBackgroundPage();
    const run = background?.reciprocityRunCommand;
    if (typeof run !== 'function') {
      throw new Error('The background page has no reciprocityRunCommand: its start-up failed');
    }
    // A plain copy: the result belongs to the background page's realm.
    return JSON.parse(JSON.stringify(await (run as (n: string) => Promise<unknown>)(name)));
  }, command);
}

/** The toolbar badge: Firefox's MV2 build has `browserAction` where Chrome has `action`. */
export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (globalThis as unknown as ExtensionGlobals).browser.browserAction.getBadgeText({}),
  );
}
