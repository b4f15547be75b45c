// npm run bench: measures in real Chromium on a heavy user's data set and writes
// bench-results.json (contract in ARCHITECTURE.md). Lower is better for every metric.
// The extension under test is the build with the dev pages (RC_EXTENSION_DIR, set by the
// npm script); its shipped pages are chunked exactly as in `npm run build`.
import { writeFile } from 'node:fs/promises';
import { PanelPage } from '../e2e/pages/panel-page';
import {
  EXTENSION_DIR,
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../e2e/support/extension-browser';
import type { SeedResult } from '../../dev/db/heavy-user-seeder';
import { DevSeedPage } from './dev-seed-page';
import { waitForSettledBrowser } from './settled-browser';
import { measureSidePanelJs } from './measure-bundle';
import { measureInPageOpen, measurePageOpen, measureSearch, VIEWPORT } from './measure-history';
import { measureCaptions } from './measure-captions';
import { measureLiveUpdate, TAGS_PER_CALL } from './measure-live-update';
import { measureSummary } from './measure-summary';
import { saveStaticHistoryCopy, STATIC_HISTORY_PAGE } from './static-copy';
import { median, p95 } from './stats';

interface Metric {
  name: string;
  value: number;
  unit: string;
  budget: number;
}

/**
 * Shown for comparison, not targets: the floors (what the browser itself costs for the same
 * work, measured in the same run) and the rows reported beside a budget's own measure.
 */
const REFERENCE_METRICS = new Set([
  'raw-idb-put-p95-ms',
  'raw-idb-put-burst-p95-ms',
  'blank-page-open-ms',
  'history-static-copy-ms',
  'backup-export-floor-ms',
  'backup-import-floor-ms',
  'tag-commit-burst-p95-ms',
  'partner-page-new-tab-ms',
  'caption-heap-10min-kb',
  'caption-heap-120min-kb',
]);

/** Budgets on a figure's ratio to its floor, so that a slow machine cannot hide a regression. */
const RATIOS = [
  // The issue's measure: click to committed and shown, against one bare put.
  {
    name: 'tag-commit-vs-raw-put',
    of: 'tag-commit-p95-ms',
    floor: 'raw-idb-put-p95-ms',
    budget: 3,
  },
  // The write alone, click to commit: React's render of the list and meter left out.
  {
    name: 'tag-write-vs-raw-put',
    of: 'tag-click-to-commit-p95-ms',
    floor: 'raw-idb-put-p95-ms',
    budget: 3,
  },
  {
    name: 'history-first-page-vs-blank',
    of: 'history-first-page-ms',
    floor: 'blank-page-open-ms',
    budget: 1.5,
  },
  // Reading and rendering the calls at most doubles the open of a copy that already has them.
  {
    name: 'history-first-page-vs-static-copy',
    of: 'history-first-page-ms',
    floor: 'history-static-copy-ms',
    budget: 2,
  },
  {
    name: 'backup-export-vs-floor',
    of: 'backup-export-ms',
    floor: 'backup-export-floor-ms',
    budget: 3,
  },
  {
    name: 'backup-import-vs-floor',
    of: 'backup-import-ms',
    floor: 'backup-import-floor-ms',
    budget: 3,
  },
] as const;
/** Time between two tag clicks: a quick user tagging two things in a row. */
const TAG_PACE_MS = 250;
const SEARCH_WORDS = ['kubernetes', 'quarterly'];

const round = (n: number): number => Math.round(n * 10) / 10;

/** Sections to run, e.g. `RC_BENCH_ONLY=history,partner`; all when unset. */
const only = process.env.RC_BENCH_ONLY?.split(',').map((s) => s.trim());

/** Runs one measurement; a failure is reported and fails the run, the others still run. */
async function section(name: string, measure: () => Promise<void>): Promise<void> {
  if (only && !only.some((word) => name.includes(word))) return;
  try {
    await measure();
  } catch (error) {
    console.error(`${name} FAILED:`, error);
    process.exitCode = 1;
  }
}

const metrics: Metric[] = [
  {
    name: 'sidepanel-js-gzip-kb',
    value: await measureSidePanelJs(EXTENSION_DIR),
    unit: 'kB',
    budget: 150,
  },
];
const profile = await makeProfileDir();
// Seeded in a browser of its own: the generator's garbage stays out of the measurements,
// which run in a fresh browser on the same profile, as a user's browser opens on their data.
const seeding = await launchExtensionBrowser(profile);
let seed: SeedResult;
try {
  const seeder = await DevSeedPage.open(seeding.context, seeding.extensionId);
  console.log('Seeding the heavy user’s data set…');
  seed = await seeder.seed();
  await saveStaticHistoryCopy(seeding.context, seeding.extensionId, EXTENSION_DIR);
} finally {
  await seeding.close();
}
console.log(
  `Seeded ${seed.partnerCount} partners, ${seed.callCount} calls, ${seed.momentCount} moments in ${(seed.ms / 1000).toFixed(1)} s; busiest partner: ${seed.busiestPartnerName}`,
);
const browser = await launchExtensionBrowser(profile);
const settleStart = Date.now();
await waitForSettledBrowser(profile);
console.log(`Browser settled in ${((Date.now() - settleStart) / 1000).toFixed(1)} s`);
/** Resolves once the browser on the profile is idle again. */
const settle = (): Promise<void> => waitForSettledBrowser(profile);
try {
  const { context, extensionId } = browser;
  const base = `chrome-extension://${extensionId}`;

  await section('history first page', async () => {
    const firstPage = await measurePageOpen(
      context,
      `${base}/calls.html#/`,
      { screen: 'history' },
      settle,
    );
    // The floor: an extension page with nothing in it, opened the same way in the same browser.
    const blank = await measurePageOpen(
      context,
      `${base}/dev-blank.html`,
      { screen: 'blank' },
      settle,
    );
    // The floor of any History: its own first screen saved as a page with no script.
    const staticCopy = await measurePageOpen(
      context,
      `${base}/${STATIC_HISTORY_PAGE}`,
      { screen: 'history' },
      settle,
    );
    console.log(`history first page, runs (ms): ${firstPage.runs.map(round).join(', ')}`);
    console.log(`blank page, runs (ms): ${blank.runs.map(round).join(', ')}`);
    console.log(`static copy of the history, runs (ms): ${staticCopy.runs.map(round).join(', ')}`);
    metrics.push(
      { name: 'history-first-page-ms', value: firstPage.median, unit: 'ms', budget: 120 },
      { name: 'blank-page-open-ms', value: blank.median, unit: 'ms', budget: 0 },
      { name: 'history-static-copy-ms', value: staticCopy.median, unit: 'ms', budget: 0 },
    );
  });

  await section('history search', async () => {
    const history = await context.newPage();
    await history.setViewportSize(VIEWPORT);
    await history.goto(`${base}/calls.html#/`);
    await history.getByRole('list', { name: 'Calls' }).getByRole('listitem').first().waitFor();
    let slowestSearch = 0;
    for (const word of SEARCH_WORDS) {
      const search = await measureSearch(history, word);
      console.log(
        `search "${word}" (${search.count}), runs (ms): ${search.runs.map(round).join(', ')}`,
      );
      slowestSearch = Math.max(slowestSearch, search.median);
    }
    await history.close();
    // The slower of the words' medians.
    metrics.push({ name: 'history-search-ms', value: slowestSearch, unit: 'ms', budget: 100 });
  });

  await section('partner page', async () => {
    // The issue's measure: a partner with 200 calls (the nearest the data set has).
    const [near] = [...seed.partnerCalls].sort(
      (a, b) => Math.abs(a.calls - 200) - Math.abs(b.calls - 200) || b.calls - a.calls,
    );
    if (!near) throw new Error('the data set has no partner');
    const hash = `#/partner/${encodeURIComponent(near.id)}`;
    const ready = { screen: 'partner', name: near.name } as const;
    // As a user gets there: a click on the partner in the history page.
    const inPage = await measureInPageOpen(context, `${base}/calls.html#/`, hash, ready);
    // Opened in a new tab (a bookmark): the page's start-up as well, like the history's.
    const newTab = await measurePageOpen(context, `${base}/calls.html${hash}`, ready, settle);
    console.log(
      `partner page (${near.name}, ${near.calls} calls), from the history (ms): ${inPage.runs.map(round).join(', ')}; in a new tab: ${newTab.runs.map(round).join(', ')}`,
    );
    metrics.push(
      { name: 'partner-page-ms', value: inPage.median, unit: 'ms', budget: 100 },
      // The same page opened in a new tab (a bookmark): its start-up as well. Reported beside
      // the issue's measure, which is the page as users reach it: from the history.
      { name: 'partner-page-new-tab-ms', value: newTab.median, unit: 'ms', budget: 0 },
    );
  });

  await section('partners list', async () => {
    // Every partner with their figures, from the calls' tallies: reached from the history's nav.
    const ready = { screen: 'partners' } as const;
    const inPage = await measureInPageOpen(context, `${base}/calls.html#/`, '#/partners', ready);
    console.log(`partners list, from the history (ms): ${inPage.runs.map(round).join(', ')}`);
    metrics.push({ name: 'partners-list-ms', value: inPage.median, unit: 'ms', budget: 400 });
  });

  // Tagging a live call: with the busiest partner (the pre-call brief of their 250 calls is on
  // the live screen), and with no partner, as the empty-profile measurement did.
  const tagRun = async (partnerName: string | undefined, paceMs: number) => {
    const panel = await PanelPage.open(context, extensionId);
    await panel.startCall('Benchmark call', partnerName);
    const live = await measureLiveUpdate(panel.page, paceMs);
    await panel.endButton.click();
    // Gone once the call has ended ("Ending…" while it is being written).
    await panel.page
      .getByRole('button', { name: /End call|Ending/ })
      .waitFor({ state: 'detached', timeout: 60_000 });
    await panel.page.close();
    const who = `${partnerName ? `with ${partnerName}` : 'with no partner'}, ${paceMs ? `${paceMs} ms apart` : 'back to back'}`;
    console.log(
      `tag click→committed and shown, ${who}: p50 ${round(live.clickToShownP50)} ms, p95 ${round(live.clickToShownP95)} ms; commit→shown p50 ${round(live.commitToShownP50)} ms`,
    );
    return live;
  };
  await section('tagging', async () => {
    const withPartner = await tagRun(seed.busiestPartnerName, TAG_PACE_MS);
    const noPartner = await tagRun(undefined, TAG_PACE_MS);
    const burst = await tagRun(seed.busiestPartnerName, 0);
    metrics.push(
      {
        name: 'live-meter-after-commit-p95-ms',
        value: withPartner.commitToShownP95,
        unit: 'ms',
        budget: 16,
      },
      { name: 'tag-commit-p95-ms', value: withPartner.clickToShownP95, unit: 'ms', budget: 16 },
      {
        name: 'tag-click-to-commit-p95-ms',
        value: withPartner.clickToCommitP95,
        unit: 'ms',
        budget: 16,
      },
      {
        name: 'tag-commit-no-partner-p95-ms',
        value: noPartner.clickToShownP95,
        unit: 'ms',
        budget: 16,
      },
      { name: 'tag-commit-burst-p95-ms', value: burst.clickToShownP95, unit: 'ms', budget: 0 },
    );
  });

  // Opened only now: pages of one extension share a process, and this one holds the backup.
  const dev = await DevSeedPage.open(context, extensionId);
  await section('raw put', async () => {
    // Rows as large as the tags' own (a call of 1…60 moments), with the app's durability, at
    // the tags' pace: a put after a quarter second idle costs the browser about twice one
    // right after another (its threads and caches go cold), and the tags are timed so paced.
    const paced = await dev.rawPutTimes(2 * TAGS_PER_CALL, TAGS_PER_CALL, TAG_PACE_MS);
    // Back to back, beside the burst of tags.
    const burst = await dev.rawPutTimes(4 * TAGS_PER_CALL, TAGS_PER_CALL);
    console.log(
      `raw IndexedDB put, 250 ms apart: p50 ${round(median(paced))} ms, p95 ${round(p95(paced))} ms; back to back: p50 ${round(median(burst))} ms, p95 ${round(p95(burst))} ms`,
    );
    metrics.push(
      { name: 'raw-idb-put-p95-ms', value: p95(paced), unit: 'ms', budget: 0 },
      { name: 'raw-idb-put-burst-p95-ms', value: p95(burst), unit: 'ms', budget: 0 },
    );
  });

  await section('backup', async () => {
    const exported = await dev.exportBackup();
    const bareExported = await dev.bareExport();
    console.log(
      `backup export: ${(exported.chars / 1e6).toFixed(1)} million characters; the bare rows: ${(bareExported.chars / 1e6).toFixed(1)} million`,
    );
    metrics.push(
      { name: 'backup-export-ms', value: exported.ms, unit: 'ms', budget: 3000 },
      { name: 'backup-export-floor-ms', value: bareExported.ms, unit: 'ms', budget: 0 },
    );
    const bareImported = await dev.bareImport();
    metrics.push({ name: 'backup-import-floor-ms', value: bareImported.ms, unit: 'ms', budget: 0 });
    const imported = await dev.importBackup();
    if (!imported.result.ok)
      throw new Error(`backup import failed: ${JSON.stringify(imported.result)}`);
    console.log(
      `backup import into an empty database: ${imported.counts.calls} calls, ${imported.counts.moments} moments`,
    );
    metrics.push({ name: 'backup-import-ms', value: imported.ms, unit: 'ms', budget: 10000 });
  });

  await section('summary', async () => {
    const blank = await context.newPage();
    metrics.push({
      name: 'summary-2000-moments-ms',
      value: await measureSummary(blank),
      unit: 'ms',
      budget: 2,
    });
    await blank.close();
  });

  await section('captions', async () => {
    const captions = await measureCaptions(context);
    metrics.push(
      { name: 'caption-read-p95-ms', value: captions.readP95Ms, unit: 'ms', budget: 1 },
      { name: 'caption-read-10x-p95-ms', value: captions.readP95FastMs, unit: 'ms', budget: 1 },
      { name: 'caption-heap-10min-kb', value: captions.heapAt10MinKb, unit: 'kB', budget: 0 },
      { name: 'caption-heap-120min-kb', value: captions.heapAt120MinKb, unit: 'kB', budget: 0 },
      // The tab keeps a few minutes of lines: 110 more minutes of speech must not add up.
      {
        name: 'caption-heap-growth-kb',
        value: captions.heapAt120MinKb - captions.heapAt10MinKb,
        unit: 'kB',
        budget: 256,
      },
    );
  });
} finally {
  await browser.close();
  await removeProfileDir(profile);
}

for (const ratio of RATIOS) {
  const of = metrics.find((m) => m.name === ratio.of);
  const floor = metrics.find((m) => m.name === ratio.floor);
  if (of && floor && floor.value > 0)
    metrics.push({
      name: ratio.name,
      value: of.value / floor.value,
      unit: '×',
      budget: ratio.budget,
    });
}
const rounded = metrics.map((m) => ({ ...m, value: Math.round(m.value * 1000) / 1000 }));
await writeFile('bench-results.json', `${JSON.stringify({ metrics: rounded }, null, 2)}\n`);
const verdict = (m: Metric): string =>
  REFERENCE_METRICS.has(m.name) ? 'reference' : m.value <= m.budget ? 'yes' : 'OVER BUDGET';
console.table(rounded.map((m) => ({ ...m, ok: verdict(m) })));
if (rounded.some((m) => verdict(m) === 'OVER BUDGET')) process.exitCode = 1;
