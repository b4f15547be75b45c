import type { BrowserContext, Page } from 'playwright-core';
import { median } from './stats';

/** What must be on screen for a page to count as shown. */
export type Ready =
  | { screen: 'history' }
  | { screen: 'partner'; name: string }
  | { screen: 'partners' }
  /** The dev-blank page: the floor of any extension page's open. */
  | { screen: 'blank' };

const TIMEOUT = { timeout: 60_000 };
/** A laptop's browser window: the first screen of the history holds more than 10 rows. */
export const VIEWPORT = { width: 1280, height: 1000 };

/** How a page tells the bench its ready time, in ms since navigation start. */
interface BenchGlobals {
  __benchReady?: number;
  /** A Playwright binding, when the bench listens for it (see `timeToReady`). */
  __benchReport?: (ms: number) => void;
}

/**
 * Installed before the page's own scripts: watches the DOM and, once `ready` holds, takes the
 * time of the next animation frame (the frame that paints it), stores it as `__benchReady`
 * and reports it through `__benchReport` when there is one.
 */
function watchUntilReady(ready: Ready): void {
  const calls = (): Element[] =>
    // Rows whose call is read (a row still loading is aria-busy).
    [...document.querySelectorAll('[role="list"][aria-label="Calls"] [role="listitem"]')].filter(
      (row) => !row.querySelector('[aria-busy="true"]'),
    );
  const isReady = (): boolean => {
    switch (ready.screen) {
      case 'history':
        return calls().length >= 10;
      case 'partner':
        return (
          [...document.querySelectorAll('h1')].some((h) => h.textContent === ready.name) &&
          document.querySelector('[aria-label^="Balance per call"]') !== null
        );
      case 'partners':
        return document.querySelectorAll('table[aria-label="Partners"] tbody tr').length >= 10;
      case 'blank':
        return document.querySelector('h1') !== null;
    }
  };
  const observer = new MutationObserver(() => {
    if (!isReady()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const bench = globalThis as unknown as BenchGlobals;
      bench.__benchReady = performance.now();
      bench.__benchReport?.(bench.__benchReady);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Opens `url` in a new tab: ms from navigation start until `ready` is painted. The time comes
 * back through a binding, not `page.waitForFunction`: that would make Playwright evaluate its
 * own injected script (hundreds of kB, and the garbage collection it sets off) on the page's
 * main thread right after the load event, inside the very interval measured.
 */
async function timeToReady(context: BrowserContext, url: string, ready: Ready): Promise<number> {
  const page = await context.newPage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await page.setViewportSize(VIEWPORT);
    let report: (ms: number) => void = () => undefined;
    const reported = new Promise<number>((resolve, reject) => {
      report = resolve;
      timer = setTimeout(() => reject(new Error(`${url} never became ready`)), TIMEOUT.timeout);
    });
    // Both installed (awaited) before the navigation starts, so the page always has them.
    await page.exposeBinding('__benchReport', (_source, ms: number) => report(ms));
    await page.addInitScript(watchUntilReady, ready);
    await page.goto(url);
    return await reported;
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * The median of 9 page opens (start-up varies by tens of ms between runs here), each in a new
 * tab once `settle` says the browser is idle, as it is when a user opens the page: the
 * previous tab's own reads (every call's id, after its first screen) would otherwise still be
 * running. Two warm-up opens go first: Chromium makes its compiled-code cache of a script on
 * its second load and uses it from the third, as it does for anyone who opens the page often.
 */
export async function measurePageOpen(
  context: BrowserContext,
  url: string,
  ready: Ready,
  settle: () => Promise<void>,
): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < 11; i++) {
    await settle();
    const ms = await timeToReady(context, url, ready);
    if (i >= 2) runs.push(ms);
  }
  return { median: median(runs), runs };
}

function countText(page: Page): Promise<string> {
  return page.locator('.history-count[role="status"]').innerText();
}

/**
 * Types `text` into "Search calls" at once (one input event, as a paste would) and resolves
 * with the ms from that event until the count reads `expected` and the first row is shown.
 */
async function timeSearch(page: Page, text: string, expected: string | null): Promise<number> {
  return page.evaluate(
    ({ text, expected }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('#history-search');
        if (!input) throw new Error('no "Search calls" input');
        const before = document.querySelector('.history-count')?.textContent;
        const isDone = (): boolean => {
          const count = document.querySelector('.history-count')?.textContent ?? '';
          const firstRow = document.querySelector(
            '[role="list"][aria-label="Calls"] [role="listitem"]',
          );
          const shown = firstRow !== null && firstRow.querySelector('[aria-busy="true"]') === null;
          return (expected === null ? count !== before : count === expected) && shown;
        };
        const timer = setTimeout(() => reject(new Error(`search "${text}" never settled`)), 30_000);
        const observer = new MutationObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            clearTimeout(timer);
            resolve(performance.now() - start);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // React listens to `input`; set the value the way the browser does for typing.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const start = performance.now();
        setValue?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { text, expected },
  );
}

/** Waits until the count has not changed for `quietMs`: the final result of a search. */
async function settledCount(page: Page, quietMs = 1_000): Promise<string> {
  let last = await countText(page);
  let since = Date.now();
  for (;;) {
    await page.waitForTimeout(100);
    const now = await countText(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return now;
    }
  }
}

/**
 * Search on a history page already showing every call: one warm-up to learn the final
 * count, then 5 timed searches, each from the unfiltered list.
 */
export async function measureSearch(
  page: Page,
  word: string,
): Promise<{ median: number; runs: number[]; count: string }> {
  const all = await settledCount(page);
  const clear = async (): Promise<void> => {
    await timeSearch(page, '', all);
  };
  await timeSearch(page, word, null);
  const count = await settledCount(page);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await clear();
    await page.waitForTimeout(200);
    runs.push(await timeSearch(page, word, count));
  }
  await clear();
  return { median: median(runs), runs, count };
}

/**
 * From a history page already showing its calls, follows a link to `hash` (as clicking a
 * partner's name does) and resolves with the ms from the navigation until `ready` is painted.
 */
async function timeInPage(page: Page, hash: string, ready: Ready): Promise<number> {
  await page.evaluate(() => {
    delete (globalThis as unknown as BenchGlobals).__benchReady;
  });
  await page.evaluate(watchUntilReady, ready);
  const start = await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    const clicked = performance.now();
    link.click();
    link.remove();
    return clicked;
  }, hash);
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as BenchGlobals).__benchReady,
    undefined,
    TIMEOUT,
  );
  return ((await handle.jsonValue()) as number) - start;
}

/**
 * The median of 5 in-page navigations from the history's first screen to `hash`, after
 * one warm-up: what a user waits for after clicking a partner in the history.
 */
export async function measureInPageOpen(
  context: BrowserContext,
  historyUrl: string,
  hash: string,
  ready: Ready,
): Promise<{ median: number; runs: number[] }> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(VIEWPORT);
    const runs: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(historyUrl);
      await page.getByRole('list', { name: 'Calls' }).getByRole('listitem').first().waitFor();
      // The history's own reads (every call's id) finish before the click, as they would
      // while the user looks for the partner.
      await settledCount(page);
      const ms = await timeInPage(page, hash, ready);
      if (i > 0) runs.push(ms);
    }
    return { median: median(runs), runs };
  } finally {
    await page.close();
  }
}
