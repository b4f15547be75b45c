import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { summarize as Summarize, SummaryMoment } from '../../lib/domain/reciprocity';

/** summarize() on 2,000 moments, run in the page's V8: the median of 200 runs after warm-up. */
export async function measureSummary(page: Page): Promise<number> {
  const bundle = await build({
    entryPoints: [new URL('../../lib/domain/reciprocity.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'reciprocity',
    minify: true,
  });
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  return page.evaluate(() => {
    const kinds = [
      'request',
      'proprietary',
      'value',
      'offer-help',
      'appreciation',
      'commitment',
      'evasive',
      'note',
    ];
    const moments: SummaryMoment[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `m-${i}`,
      side: i % 3 === 0 ? ('me' as const) : ('them' as const),
      kind: kinds[(i * 7) % kinds.length] ?? 'note',
      offsetMs: i * 1500,
      weight: ((i % 3) + 1) as 1 | 2 | 3,
    }));
    const { summarize } = (
      globalThis as unknown as { reciprocity: { summarize: typeof Summarize } }
    ).reciprocity;
    for (let i = 0; i < 50; i++) summarize(moments);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      summarize(moments);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? Number.NaN;
  });
}
