// Dev only: where a tag's time goes, for issue 14. Opens the side panel on an empty profile,
// tags 60 moments 250 ms apart while Chromium records a trace, and prints, per phase of a
// tag (click → commit mark), the renderer main thread's busy time by event, and the wall time
// of the IndexedDB work; with RC_PROFILE_PHASE=shown, from each commit until the meter shows
// the tag instead. Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/profile-tagging.ts
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { median, p95 } from '../../tests/bench/stats';
import { addSamples, noJsTimes, printTop, type CpuProfile } from './cpu-profile';
import { traceWhile, type TraceEvent } from './trace';
import { PanelPage } from '../../tests/e2e/pages/panel-page';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../../tests/e2e/support/extension-browser';

async function tagTimes(page: Page, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.waitForTimeout(250);
    const label = i % 2 === 0 ? 'Them: Asked for something' : 'Me: Offered value';
    times.push(
      await page.evaluate(
        (name) =>
          new Promise<number>((resolve) => {
            const button = document.querySelector<HTMLButtonElement>(
              `button[aria-label="${name}"]`,
            );
            if (!button) throw new Error('live screen not found');
            const before = performance.getEntriesByName('reciprocity:moment-committed').length;
            // Marks when the meter shows the tag: the end of the window after the commit.
            const figures = document.querySelector('.balance-meter .meter-numbers');
            const was = figures?.textContent;
            const shown = new MutationObserver(() => {
              if (figures?.textContent === was) return;
              shown.disconnect();
              performance.mark('profile:shown');
            });
            if (figures)
              shown.observe(figures, { childList: true, characterData: true, subtree: true });
            const observer = new PerformanceObserver(() => {
              const marks = performance.getEntriesByName('reciprocity:moment-committed');
              if (marks.length > before) {
                observer.disconnect();
                resolve((marks.at(-1)?.startTime ?? Number.NaN) - start.startTime);
              }
            });
            observer.observe({ type: 'mark' });
            const start = performance.mark('profile:click');
            button.click();
          }),
        label,
      ),
    );
    await page.keyboard.press('Escape');
  }
  return times;
}

const profileDir = await makeProfileDir();
const browser = await launchExtensionBrowser(profileDir);
try {
  const warm = await PanelPage.open(browser.context, browser.extensionId);
  await warm.startCall('Warm-up call');
  await tagTimes(warm.page, 30);
  await warm.endButton.click();
  await warm.page.getByRole('button', { name: /End call|Ending/ }).waitFor({ state: 'detached' });
  await warm.page.close();
  const panel = await PanelPage.open(browser.context, browser.extensionId);
  await panel.startCall('Profiled call');
  const page = await browser.context.newCDPSession(panel.page);
  const {
    events,
    result: { times, profile },
  } = await traceWhile(
    browser.context,
    [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'IndexedDB',
      'toplevel',
    ],
    async () => {
      await page.send('Profiler.enable');
      await page.send('Profiler.setSamplingInterval', { interval: 50 });
      await page.send('Profiler.start');
      const times = await tagTimes(panel.page, 60);
      const { profile } = (await page.send('Profiler.stop')) as { profile: CpuProfile };
      return { times, profile };
    },
  );
  await writeFile('/tmp/tagging-trace.json', JSON.stringify({ traceEvents: events }));
  console.log(
    `click→commit p50 ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms (${events.length} trace events)`,
  );
  const clicks = events.filter((e) => e.name === 'profile:click' && e.ph !== 'e');
  const commits = events.filter((e) => e.name === 'reciprocity:moment-committed' && e.ph !== 'e');
  const shownMarks = events.filter((e) => e.name === 'profile:shown' && e.ph !== 'e');
  const main = clicks[0];
  if (!main) throw new Error('no click marks in the trace');
  // RC_PROFILE_PHASE=shown: the windows from each commit until the meter shows the tag.
  const afterCommit = process.env.RC_PROFILE_PHASE === 'shown';
  const windows = clicks.map((c) => {
    const end = commits.find((m) => m.ts > c.ts);
    if (!afterCommit) return [c.ts, end ? end.ts : c.ts] as const;
    const shown = shownMarks.find((m) => m.ts > c.ts);
    return end && shown ? ([end.ts, shown.ts] as const) : ([c.ts, c.ts] as const);
  });
  /** The part of an event inside the tags' windows, in µs: an event may run past a commit. */
  const overlap = (e: TraceEvent): number =>
    windows.reduce(
      (sum, [a, b]) => sum + Math.max(0, Math.min(e.ts + (e.dur ?? 0), b) - Math.max(e.ts, a)),
      0,
    );
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const us = overlap(e);
    if (us === 0) continue;
    const key = `${e.pid === main.pid ? (e.tid === main.tid ? 'main' : `renderer tid ${e.tid}`) : `pid ${e.pid}`} ${e.cat} ${e.name}`;
    busy.set(key, (busy.get(key) ?? 0) + us / 1000);
  }
  // Samples inside the windows: self time by function, and time under each of our functions.
  const js = noJsTimes();
  addSamples(profile, js, (at) => windows.some(([a, b]) => at >= a && at < b));
  const perTag = { per: windows.length, unit: 'ms/tag', digits: 3 };
  printTop('JS self time in the windows:', js.self, { n: 30, ...perTag });
  printTop('JS total time under a function in the windows:', js.under, { n: 200, ...perTag });
  const total = windows.reduce((s, [a, b]) => s + (b - a) / 1000, 0);
  console.log(`window total ${total.toFixed(1)} ms over ${windows.length} tags`);
  printTop('Busy time in the windows, by thread and trace event:', busy, { n: 45, ...perTag });
} finally {
  await browser.close();
  await removeProfileDir(profileDir);
}
