import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox build (`npm run build:firefox`), installed as a temporary add-on. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox gives an add-on a random UUID per profile, so its pages' addresses are unknown;
 * the `extensions.webextensions.uuids` pref fixes it, so that the tests can open the pages.
 */
const EXTENSION_UUID = '5f0c1a52-8d3e-4b7a-9e61-2c4d8f0b7a13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Live queries and commits land within milliseconds; the margin is for a loaded CI machine. */
export const POLL = { timeout: 10_000, interval: 50 };
const PAGE_READY_MS = 20_000;
/** How long a page may sit with its script unrun before it is loaded again (see below). */
const SCRIPT_STALL_MS = 8_000;

export interface FirefoxUnderTest {
  browser: Browser;
  profile: string;
  close: () => Promise<void>;
}

/** The add-on's id, from the built manifest: the same one Firefox installs it under. */
async function geckoId(): Promise<string> {
  const text = await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8').catch(() => {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  });
  const manifest = JSON.parse(text) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${EXTENSION_DIR}/manifest.json has no gecko id: not a Firefox build`);
  return id;
}

/**
 * Debian's Firefox ESR on a fresh profile, driven over WebDriver BiDi (no geckodriver, no
 * browser download), with the built add-on installed as a temporary add-on.
 */
export async function launchFirefox(): Promise<FirefoxUnderTest> {
  const id = await geckoId();
  const profile = await mkdtemp(join(tmpdir(), 'reciprocity-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Firefox 153 refuses WebDriver navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    },
  });
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
      (error: unknown) => console.warn(`Could not remove ${profile}:`, error),
    );
  };
  try {
    const installed = await browser.installExtension(EXTENSION_DIR);
    if (installed !== id) throw new Error(`Installed as ${installed}, expected ${id}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, profile, close };
}

/** One Firefox and profile for the whole file (a launch costs ~2 s), closed and removed after. */
export function firefoxPerFile(): FirefoxUnderTest {
  const state = {} as FirefoxUnderTest;
  beforeAll(async () => {
    Object.assign(state, await launchFirefox());
  });
  afterAll(async () => {
    await state.close?.();
  });
  return state;
}

/** Whether the page's document is there but its module script never ran: an empty root. */
async function scriptStalled(page: Page): Promise<boolean> {
  return page
    .evaluate(
      () => document.readyState !== 'loading' && !document.getElementById('root')?.firstChild,
    )
    .catch(() => false);
}

/**
 * Waits for `ready`. Firefox ESR 153 driven over BiDi now and then leaves an add-on page with
 * its module script unrun — the document parsed, `#root` empty, nothing more ever happens (1
 * open in about 15 runs of this suite on a loaded 2-core machine; never seen by hand). Such a
 * page is loaded again, once, and says so; a page that stalls twice, or shows something other
 * than `ready`, fails the test.
 */
async function waitForContent(page: Page, ready: string): Promise<void> {
  try {
    await page.waitForSelector(ready, { timeout: SCRIPT_STALL_MS });
    return;
  } catch (error) {
    if (!(await scriptStalled(page))) {
      await page.waitForSelector(ready, { timeout: PAGE_READY_MS - SCRIPT_STALL_MS });
      return;
    }
    console.warn(`${page.url()}: its script never ran (${String(error)}); loading it again`);
  }
  await page.evaluate(() => location.reload());
  await page.waitForSelector(ready, { timeout: PAGE_READY_MS });
}

/**
 * Opens one of the add-on's pages in a new tab and waits until `ready` is on screen.
 *
 * Firefox reports no events of a moz-extension:// page over BiDi (no navigation, and no
 * `pageerror` either), so `page.goto` never resolves and `page.url()` stays about:blank: the
 * navigation is sent, the page's own content is awaited, and the goto is then called off.
 * A navigation that Firefox refused is reported as such, not as content that never came.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  ready: string,
): Promise<Page> {
  const page = await browser.newPage();
  // Locators wait for what they act on; a failure should say so well within the test's time.
  page.setDefaultTimeout(POLL.timeout);
  const stop = new AbortController();
  let refused: unknown;
  const navigating = page
    .goto(`${EXTENSION_ORIGIN}/${path}`, { signal: stop.signal, timeout: 0 })
    .then(
      () => undefined,
      (error: unknown) => {
        if (!stop.signal.aborted) refused = error;
      },
    );
  try {
    await waitForContent(page, ready);
  } catch (error) {
    throw refused ?? error;
  } finally {
    stop.abort();
    await navigating;
  }
  return page;
}
