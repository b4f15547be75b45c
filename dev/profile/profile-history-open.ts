// Dev only: where the History's first screen's time goes, for issue 14. Seeds the heavy
// user, then in a fresh browser on that profile opens calls.html (and the blank page) in new
// tabs while Chromium records a trace, and prints the renderer main thread's time by event
// from navigation start until the first screen is painted (median per open).
// Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/profile-history-open.ts
import { writeFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { median } from '../../tests/bench/stats';
import { addSamples, noJsTimes, printTop, type CpuProfile } from './cpu-profile';
import { withSeededBrowser } from './seeded-browser';
import { traceWhile } from './trace';

/** Marks `profile:ready` once the first 10 rows (or the blank page's heading) are painted. */
function markWhenReady(): void {
  const ready = (): boolean =>
    document.querySelector('h1')?.textContent === 'Blank' ||
    [...document.querySelectorAll('[role="list"][aria-label="Calls"] [role="listitem"]')].filter(
      (row) => !row.querySelector('[aria-busy="true"]'),
    ).length >= 10;
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => performance.mark('profile:ready'));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** JS time by function over every profiled open. */
const js = noJsTimes();

async function openOnce(context: BrowserContext, url: string, cpu = false): Promise<number> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.addInitScript(markWhenReady);
  const session = cpu ? await context.newCDPSession(page) : undefined;
  if (session) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
  }
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('profile:ready')[0]?.startTime,
  );
  const ms = (await handle.jsonValue()) as number;
  if (session)
    addSamples(((await session.send('Profiler.stop')) as { profile: CpuProfile }).profile, js);
  await page.close();
  return ms;
}

await withSeededBrowser(async (browser, settle) => {
  const base = `chrome-extension://${browser.extensionId}`;
  for (const url of [`${base}/calls.html#/`, `${base}/dev-blank.html`]) {
    for (let i = 0; i < 2; i++) await openOnce(browser.context, url);
    const { events, result: runs } = await traceWhile(
      browser.context,
      [
        'devtools.timeline',
        'blink.user_timing',
        'v8.execute',
        'v8',
        'IndexedDB',
        'toplevel',
        'loading',
        'blink',
      ],
      async () => {
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) {
          await settle();
          runs.push(await openOnce(browser.context, url, process.env.RC_PROFILE_CPU === '1'));
        }
        return runs;
      },
    );
    await writeFile(
      `/tmp/open-trace-${url.includes('calls') ? 'history' : 'blank'}.json`,
      JSON.stringify(events),
    );
    console.log(`\n${url}: ready at ${runs.map((r) => r.toFixed(1)).join(', ')} ms`);
    const readies = events.filter((e) => e.name === 'profile:ready' && e.ph !== 'e');
    const starts = events.filter((e) => e.name === 'navigationStart');
    const byName = new Map<string, number[]>();
    readies.forEach((ready, run) => {
      const start = starts.filter((s) => s.ts < ready.ts && s.pid === ready.pid).at(-1);
      if (!start) return;
      const sums = new Map<string, number>();
      for (const e of events) {
        if (e.ph !== 'X' || !e.dur || e.pid !== ready.pid || e.tid !== ready.tid) continue;
        const us = Math.max(0, Math.min(e.ts + e.dur, ready.ts) - Math.max(e.ts, start.ts));
        if (us > 0) sums.set(e.name, (sums.get(e.name) ?? 0) + us / 1000);
      }
      sums.set('(window)', (ready.ts - start.ts) / 1000);
      for (const [name, ms] of sums) {
        const list = byName.get(name) ?? [];
        list[run] = ms;
        byName.set(name, list);
      }
    });
    const rows = [...byName].map(
      ([name, list]) => [name, median(list.map((v) => v ?? 0))] as const,
    );
    for (const [name, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
  }
  if (process.env.RC_PROFILE_CPU === '1') {
    // Five profiled opens of each of the two pages.
    printTop('\nJS self time (all pages, per open)', js.self, { n: 40, per: 10 });
    printTop('\nJS total time under a function (all pages, per open)', js.under, {
      n: 150,
      per: 10,
    });
  }
});
