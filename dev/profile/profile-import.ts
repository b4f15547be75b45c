// Dev only: where a backup restore's time goes, for issue 14. Seeds the heavy user, then in a
// fresh browser on that profile exports it and restores the file into an empty scratch database
// (the bench's backup section) while the dev page's CPU profile and a Chromium trace are
// recorded, and prints: the restore's wall time, its timeline (consecutive samples by the
// step they belong to), JS self time by function, total time under each function, and the
// IndexedDB work outside the page's main thread.
// Run: RC_DEV_PAGES=1 RC_UNMINIFIED=1 npx wxt build &&
//      RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/profile-import.ts
import { writeFile } from 'node:fs/promises';
import { DevSeedPage } from '../../tests/bench/dev-seed-page';
import { addSamples, noJsTimes, printTop, profileTree, type CpuProfile } from './cpu-profile';
import { withSeededBrowser } from './seeded-browser';
import { traceWhile } from './trace';

/**
 * The restore's steps, by a function on the sample's stack: the innermost match names the
 * step, so that e.g. zod under parseBackup counts as validation, not as parsing. (Dexie's
 * bulkPut is mostly the structured clone of the rows, which the bare floor pays as well.)
 */
const STEPS: ReadonlyArray<readonly [step: string, functions: readonly string[]]> = [
  [
    'validation (zod and its fast path)',
    ['safeParse', 'isExactBackupMoment', 'validateBackupFile'],
  ],
  ['reference checks', ['referenceIssues', 'savedCallMomentIssues']],
  ['search words', ['searchWords']],
  ['tally', ['computeTally']],
  ['derived fields (other)', ['derivedFields']],
  ['merge plans', ['mergePlans', 'planMerge', 'affectedCallIds']],
  ['final calls and moments', ['finalCalls', 'finalMoments', 'missingRecords', 'liveDecisions']],
  ['pack moments', ['packMoments']],
  ['Dexie bulkPut', ['bulkPut', 'mutate']],
  ['local reads', ['existingRows', 'toArray', 'primaryKeys']],
  ['writeBackup (other)', ['writeBackup']],
  // JSON.parse has no frame of its own in the profile: it is parseBackup's self time.
  ['parseBackup itself: JSON.parse', ['parseBackup']],
  ['importBackup (other)', ['importBackup']],
];

await withSeededBrowser(async (browser, settle) => {
  const dev = await DevSeedPage.open(browser.context, browser.extensionId);
  const exported = await dev.exportBackup();
  console.log(`exported ${(exported.chars / 1e6).toFixed(1)} million characters`);
  const session = await browser.context.newCDPSession(dev.page);
  await settle();
  const {
    events,
    result: { imported, profile },
  } = await traceWhile(
    browser.context,
    ['devtools.timeline', 'v8.execute', 'IndexedDB', 'toplevel'],
    async () => {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
      const imported = await dev.importBackup();
      const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
      return { imported, profile };
    },
  );
  if (!imported.result.ok) throw new Error(`import failed: ${JSON.stringify(imported.result)}`);
  await writeFile('/tmp/import-profile.cpuprofile', JSON.stringify(profile));
  await writeFile('/tmp/import-trace.json', JSON.stringify({ traceEvents: events }));
  console.log(
    `restore: ${imported.counts.calls} calls, ${imported.counts.moments} moments in ${(imported.ms / 1000).toFixed(2)} s (profiled)`,
  );

  const tree = profileTree(profile);
  const stepOf = (id: number): string => {
    const name = tree.node(id)?.callFrame.functionName ?? '';
    if (name === '(idle)') return '(idle: waiting on IndexedDB)';
    if (name === '(garbage collector)') return '(garbage collector)';
    if (name === '(program)') return '(program)';
    for (const at of tree.stack(id)) {
      const fn = at.callFrame.functionName;
      const step = STEPS.find(([, functions]) => functions.includes(fn));
      if (step) return step[0];
    }
    return '(other JS)';
  };

  // The restore alone: from its first sample for `imported.ms` (the dev page then counts rows).
  const under = (id: number, fn: string): boolean =>
    tree.stack(id).some((at) => at.callFrame.functionName === fn);
  let from = profile.startTime;
  for (let i = 0, at = profile.startTime; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (under(profile.samples[i] ?? -1, 'importBackup')) {
      from = at;
      break;
    }
  }
  const until = from + imported.ms * 1000;

  const js = noJsTimes();
  const stepMs = new Map<string, number>();
  const timeline: Array<{ step: string; from: number; ms: number }> = [];
  addSamples(
    profile,
    js,
    (at) => at >= from && at <= until,
    (id, at, ms) => {
      const step = stepOf(id);
      stepMs.set(step, (stepMs.get(step) ?? 0) + ms);
      const last = timeline.at(-1);
      // GC and short interruptions stay in the step around them, so the timeline reads as steps.
      if (last && (last.step === step || step === '(garbage collector)')) last.ms += ms;
      else timeline.push({ step, from: (at - from) / 1000, ms });
    },
  );

  const show = (title: string, rows: Iterable<[string, number]>, n: number, min = 0): void =>
    printTop(`\n${title}`, rows, { n, min, digits: 1 });
  show('Time by step (samples, innermost step on the stack)', stepMs, 40);
  console.log('\nTimeline (runs of 20 ms or more; GC counted in the step it interrupts)');
  const merged: typeof timeline = [];
  for (const run of timeline) {
    const last = merged.at(-1);
    if (last && (last.step === run.step || run.ms < 20)) last.ms += run.ms;
    else merged.push({ ...run });
  }
  for (const run of merged)
    console.log(
      `${run.from.toFixed(0).padStart(7)} ms +${run.ms.toFixed(0).padStart(6)} ms  ${run.step}`,
    );
  show('JS self time', js.self, 40);
  show('JS total time under a function', js.under, 120, 20);

  // The IndexedDB work off the page's main thread (the browser process's backend).
  const idb = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !e.cat.includes('IndexedDB')) continue;
    idb.set(e.name, (idb.get(e.name) ?? 0) + e.dur / 1000);
  }
  show('IndexedDB trace events, total duration', idb, 20, 1);
});
