import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { p95 } from './stats';

/** Speaking pace: about 150 words a minute. */
const MS_PER_WORD = 400;

export interface CaptionFigures {
  /** p95 of one read of the caption region (the debounced handling of its mutations), ms. */
  readP95Ms: number;
  /** The same at ten times the pace (several words joined per read). */
  readP95FastMs: number;
  /** Heap after GC at 10 and at 120 minutes of a simulated call, kB. */
  heapAt10MinKb: number;
  heapAt120MinKb: number;
}

/**
 * The caption reader in a real Chromium page, on a synthetic Meet conversation: the time each
 * read takes at speaking pace and at 10×, and the page's heap (after GC, through CDP) after
 * 10 and after 120 minutes of simulated call: the reader keeps a few minutes, so the two match.
 */
export async function measureCaptions(context: BrowserContext): Promise<CaptionFigures> {
  const bundle = await build({
    entryPoints: [new URL('./caption-stream-page.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'captionStream',
    minify: true,
  });
  const page = await context.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const run = (script: string) => page.evaluate(script);
    const heapKb = async (): Promise<number> => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize / 1024;
    };
    const call = `globalThis.captionStream`;
    await run(`${call}.start()`);
    // Warm-up, then 400 reads at speaking pace (one word each).
    await run(`${call}.play(100, 1, ${MS_PER_WORD})`);
    await run(`${call}.takeSamples()`);
    await run(`${call}.play(400, 1, ${MS_PER_WORD})`);
    const slow = (await run(`${call}.takeSamples()`)) as number[];
    // Ten times the pace: the debounce (100 ms in the tab) joins about three words per read.
    await run(`${call}.play(1200, 3, ${MS_PER_WORD / 10})`);
    const fast = (await run(`${call}.takeSamples()`)) as number[];
    // Ten words a read from here (the heap, not the time, is measured): 10 minutes, then 120.
    const wordsPerMinute = 60_000 / MS_PER_WORD;
    await run(`${call}.play(${10 * wordsPerMinute}, 10, ${MS_PER_WORD})`);
    await run(`${call}.takeSamples()`);
    const heapAt10MinKb = await heapKb();
    await run(`${call}.play(${110 * wordsPerMinute}, 10, ${MS_PER_WORD})`);
    await run(`${call}.takeSamples()`);
    const heapAt120MinKb = await heapKb();
    return { readP95Ms: p95(slow), readP95FastMs: p95(fast), heapAt10MinKb, heapAt120MinKb };
  } finally {
    await page.close();
  }
}
