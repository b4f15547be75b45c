import type { KeyInput, Page } from 'puppeteer-core';
import type { WithCommandHook } from '../../../lib/extension/command-hook';

/**
 * Selectors by the labels and text a user sees. Plain CSS and text rather than `::-p-aria`:
 * over BiDi an ARIA query goes through Firefox's accessibility service and takes ~0.5 s, a
 * CSS one ~40 ms (the Chromium e2e is the one that checks accessible names and roles).
 */
export const SEL = {
  startButton: 'form[aria-label="Start a call"] button[type="submit"]',
  endButton: 'button::-p-text(End call)',
  title: '#call-title',
  partner: '#call-partner',
  noteInput: '#quick-note-input',
  moments: 'ol[aria-label="Moments, newest first"] > li',
  timeline: 'ol[aria-label="Timeline"] > li',
  verdict: '.summary-headline',
  historyRows: '[role="list"][aria-label="Calls"] > [role="listitem"]',
  historyCount: '.history-count',
  backupHeading: 'h1::-p-text(Backup and restore)',
  backupFile: '#backup-file',
  backupSummary: '.backup-success',
  tag: (side: 'Them' | 'Me', label: string) => `button[aria-label="${side}: ${label}"]`,
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
    runtime: { getBackgroundPage(): Promise<WithCommandHook | null> };
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
    // COMMAND_HOOK's value: this runs in the page, where imports cannot reach.
    const run = background?.reciprocityRunCommand;
    if (typeof run !== 'function') {
      throw new Error('The background page has no reciprocityRunCommand: its start-up failed');
    }
    // A plain copy: the result belongs to the background page's realm.
    return JSON.parse(JSON.stringify(await run(name))) as unknown;
  }, command);
}

/** The toolbar badge: Firefox's MV2 build has `browserAction` where Chrome has `action`. */
export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (globalThis as unknown as ExtensionGlobals).browser.browserAction.getBadgeText({}),
  );
}
