// Dev only: the History's first screen open, untraced, split into phases (issue 14). For each
// open in a new tab: when each script and stylesheet arrived (resource timing), when the page
// asked IndexedDB to open and when it opened, when each read was asked for and answered, and
// when the first screen was painted — medians over 9 opens after 2 warm-ups, as the bench does.
// Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/history-open-phases.ts
import type { BrowserContext } from 'playwright-core';
import { median } from '../../tests/bench/stats';
import { VIEWPORT } from '../../tests/bench/measure-history';
import { withSeededBrowser } from './seeded-browser';

type Phases = Record<string, number>;

/** Installed before the page's scripts: records IndexedDB's opens and reads, and the ready. */
function recordPhases(): void {
  const phases: Record<string, number> = {};
  const mark = (name: string): void => {
    let key = name;
    for (let i = 2; key in phases; i++) key = `${name} #${i}`;
    phases[key] = performance.now();
  };
  (globalThis as unknown as { __phases: Phases }).__phases = phases;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
    mark('idb open asked');
    const request = open.apply(this, args);
    request.addEventListener('success', () => mark('idb opened'));
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    mark(`tx ${String(args[0])}`);
    const tx = transaction.apply(this, args);
    tx.addEventListener('complete', () => mark(`tx done ${String(args[0])}`));
    return tx;
  };
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  const rows = (): number =>
    [...document.querySelectorAll('[role="list"][aria-label="Calls"] [role="listitem"]')].filter(
      (row) => !row.querySelector('[aria-busy="true"]'),
    ).length;
  let sawRoot = false;
  const observer = new MutationObserver(() => {
    if (!sawRoot && document.querySelector('#root')?.firstChild) {
      sawRoot = true;
      mark('first React commit');
    }
    if (rows() < 10) return;
    observer.disconnect();
    mark('rows in DOM');
    requestAnimationFrame(() => mark('ready (painted)'));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function openOnce(context: BrowserContext, url: string): Promise<Phases> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.addInitScript(recordPhases);
  await page.goto(url);
  await page.waitForFunction(
    () => 'ready (painted)' in (globalThis as unknown as { __phases: Phases }).__phases,
  );
  const phases = await page.evaluate(() => {
    const all = { ...(globalThis as unknown as { __phases: Phases }).__phases };
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      all[
        `loaded ${r.name
          .split('/')
          .pop()
          ?.replace(/-[\w-]{8}\./, '.')}`
      ] = r.responseEnd;
    return all;
  });
  await page.close();
  return phases;
}

await withSeededBrowser(async (browser, settle) => {
  const url = `chrome-extension://${browser.extensionId}/calls.html#/`;
  const runs: Phases[] = [];
  for (let i = 0; i < 11; i++) {
    await settle();
    const phases = await openOnce(browser.context, url);
    if (i >= 2) runs.push(phases);
  }
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  const rows = names.map(
    (name) =>
      [name, median(runs.map((r) => r[name] ?? NaN).filter((v) => !Number.isNaN(v)))] as const,
  );
  for (const [name, ms] of rows.sort((a, b) => a[1] - b[1]))
    console.log(`${ms.toFixed(1).padStart(7)} ms  ${name}`);
});
