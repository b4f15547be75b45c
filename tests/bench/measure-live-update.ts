import type { Page } from 'playwright-core';
import { median, p95 } from './stats';

export interface LiveUpdateTimes {
  /** Tag click until the moment is committed and shown: p95. */
  clickToShownP95: number;
  /** Transaction committed until the meter and list show it: p95. */
  commitToShownP95: number;
  clickToShownP50: number;
  commitToShownP50: number;
  /** Tag click until its transaction committed (before React shows it): p95. */
  clickToCommitP95: number;
}

/** Tags a measured call gets; the raw put's floor writes rows of as many moments. */
export const TAGS_PER_CALL = 60;

/**
 * Tags `TAGS_PER_CALL` (60) moments by click and times when the balance meter's figures change: each tag
 * alternately adds to their take and to my give, so every one changes them. The meter is
 * computed from the moments on screen (no query of its own) and renders with the last moment's
 * bar, before the lists (their new rows follow in a deferred render). A click comes `paceMs` after the previous one at the earliest: 250 ms
 * is a quick user tagging two things in a row; 0 clicks again as soon as the last tag is
 * shown, a burst no person produces, which times how tags queue behind the work the
 * previous one started.
 */
export async function measureLiveUpdate(page: Page, paceMs: number): Promise<LiveUpdateTimes> {
  const clickToShown: number[] = [];
  const commitToShown: number[] = [];
  const clickToCommit: number[] = [];
  let lastClick = 0;
  for (let i = 0; i < TAGS_PER_CALL; i++) {
    const wait = lastClick + paceMs - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    lastClick = Date.now();
    const label = i % 2 === 0 ? 'Them: Asked for something' : 'Me: Offered value';
    const { total, afterCommit } = await page.evaluate(
      (name) =>
        new Promise<{ total: number; afterCommit: number }>((resolve) => {
          const figures = document.querySelector('.balance-meter .meter-numbers');
          const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
          if (!figures || !button) throw new Error('live screen not found');
          const before = figures.textContent;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (figures.textContent !== before) {
              observer.disconnect();
              const shown = performance.now();
              const commit = performance.getEntriesByName('reciprocity:moment-committed').at(-1);
              resolve({
                total: shown - start,
                afterCommit: commit ? shown - commit.startTime : Number.NaN,
              });
            }
          });
          observer.observe(figures, { childList: true, characterData: true, subtree: true });
          button.click();
        }),
      label,
    );
    clickToShown.push(total);
    commitToShown.push(afterCommit);
    clickToCommit.push(total - afterCommit);
    await page.keyboard.press('Escape');
  }
  return {
    clickToShownP95: p95(clickToShown),
    commitToShownP95: p95(commitToShown),
    clickToShownP50: median(clickToShown),
    commitToShownP50: median(commitToShown),
    clickToCommitP95: p95(clickToCommit),
  };
}
