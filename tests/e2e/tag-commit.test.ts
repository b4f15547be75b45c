import { describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

/** Dexie's page-wide event for a committed write, sent as it re-runs the live queries. */
const DEXIE_MUTATED_EVENT = 'x-storagemutated-1';
const COMMITTED_MARK = 'reciprocity:moment-committed';

describe('a tag in real Chromium', () => {
  test('is known committed before Dexie re-runs the live queries its write touched', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startCall('Commit order');
    for (const [i, label] of [
      'Asked for something',
      'Offered value',
      'Asked for something',
    ].entries()) {
      const side = i % 2 === 0 ? 'Them' : 'Me';
      // When the tag's commit mark was set, and when Dexie first announced a write after
      // the click: that announcement re-runs the live queries, on the page's one thread.
      const times = await panel.page.evaluate(
        ({ name, event, mark }) =>
          new Promise<{ committed: number; mutated: number }>((resolve) => {
            const button = document.querySelector<HTMLButtonElement>(
              `button[aria-label="${name}"]`,
            );
            if (!button) throw new Error(`no "${name}" button`);
            const before = performance.getEntriesByName(mark).length;
            addEventListener(
              event,
              () => {
                const mutated = performance.now();
                // The commit mark, if set, was set before this point; read it once the
                // tag's own work has run.
                setTimeout(() => {
                  const marks = performance.getEntriesByName(mark);
                  resolve({
                    committed: marks.length > before ? (marks.at(-1)?.startTime ?? NaN) : NaN,
                    mutated,
                  });
                }, 50);
              },
              { once: true },
            );
            button.click();
          }),
        { name: `${side}: ${label}`, event: DEXIE_MUTATED_EVENT, mark: COMMITTED_MARK },
      );
      expect(times.committed).toBeLessThanOrEqual(times.mutated);
      await expect.poll(() => panel.moments.count(), POLL).toBe(i + 1);
      await panel.page.keyboard.press('Escape');
    }
  });
});
