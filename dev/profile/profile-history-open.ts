// Dev only: where the History's first screen's time goes, for issue 14. Seeds the heavy
// user, then in a fresh browser on that profile opens calls.html (and the blank page) in new
// tabs while Chromium records a trace, and prints the renderer main thread's time by event
// from navigation start until the first screen is painted (median per open).
// Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/profile-history-open.ts
import { writeFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { median } from '../../tests/bench/stats';
import { DevSeedPage } from '../../tests/bench/dev-seed-page';
import { waitForSettledBrowser } from '../../tests/bench/settled-browser';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../../tests/e2e/support/extension-browser';
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

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

/** JS time by function over every profiled open: self, and total under it. */
const selfMs = new Map<string, number>();
const underMs = new Map<string, number>();

function addProfile(profile: CpuProfile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: CpuNode): string =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    selfMs.set(label(node), (selfMs.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at = nodes.get(id); at; at = nodes.get(parent.get(at.id) ?? -1)) {
      const key = label(at);
      if (seen.has(key)) continue;
      seen.add(key);
      underMs.set(key, (underMs.get(key) ?? 0) + dt);
    }
  });
}

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
    addProfile(((await session.send('Profiler.stop')) as { profile: CpuProfile }).profile);
  await page.close();
  return ms;
}

const profile = await makeProfileDir();
const seeding = await launchExtensionBrowser(profile);
try {
  await (await DevSeedPage.open(seeding.context, seeding.extensionId)).seed();
} finally {
  await seeding.close();
}
const browser = await launchExtensionBrowser(profile);
try {
  await waitForSettledBrowser(profile);
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
          await waitForSettledBrowser(profile);
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
  const show = (title: string, map: Map<string, number>, n: number): void => {
    console.log(`\n${title} (all pages, per open)`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`${(v / 10).toFixed(2).padStart(8)} ms  ${k}`);
  };
  if (process.env.RC_PROFILE_CPU === '1') {
    show('JS self time', selfMs, 40);
    show('JS total time under a function', underMs, 150);
  }
} finally {
  await browser.close();
  await removeProfileDir(profile);
}
