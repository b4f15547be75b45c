import type { BrowserContext } from 'playwright-core';

/** One event of a Chromium trace (the Trace Event Format), as far as the profiles read it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Records a Chromium trace of these categories while `during` runs, and hands both back. */
export async function traceWhile<T>(
  context: BrowserContext,
  categories: readonly string[],
  during: () => Promise<T>,
): Promise<{ events: TraceEvent[]; result: T }> {
  const chromium = context.browser();
  if (!chromium) throw new Error('no browser to trace');
  const cdp = await chromium.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReportEvents',
  });
  const result = await during();
  await cdp.send('Tracing.end');
  await finished;
  return { events, result };
}
