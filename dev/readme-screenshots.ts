// npm run screenshots: the README's pictures, taken in real Chromium from the built extension
// (with the dev pages), on a small generated history and a live call tagged by keys as a
// user would. Run it after a change that shows in them; look at every picture before commit.
import type { Page } from 'playwright-core';
import { HistoryPage } from '../tests/e2e/pages/history-page';
import {
  endLiveCall,
  LIVE_CALL_TITLE,
  openPanelInLiveCall,
  settled,
  withSeededExtension,
} from './screenshot-scenes';

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await (await settled(page)).screenshot({ path: `docs/${name}.png`, fullPage });
  console.log(`docs/${name}.png`);
}

await withSeededExtension(async (seeded) => {
  const { context, extensionId } = seeded;
  const panel = await openPanelInLiveCall(seeded, { width: 380, height: 900 });
  await shoot(panel.page, 'screenshot-live');
  await endLiveCall(panel);

  const history = await HistoryPage.open(context, extensionId);
  await history.page.setViewportSize({ width: 1100, height: 760 });
  await history.rows.first().waitFor();
  await shoot(history.page, 'screenshot-history');

  await history.page.getByRole('link', { name: LIVE_CALL_TITLE }).click();
  await history.page.getByRole('heading', { name: LIVE_CALL_TITLE, level: 1 }).waitFor();
  await history.page.setViewportSize({ width: 1100, height: 1500 });
  await shoot(history.page, 'screenshot-call');

  await history.page.goto(history.page.url().replace(/#.*$/, '#/partners'));
  await history.page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
  await history.page.setViewportSize({ width: 1100, height: 620 });
  await history.page.locator('table[aria-label="Partners"] tbody tr').first().waitFor();
  await shoot(history.page, 'screenshot-partners');
});
