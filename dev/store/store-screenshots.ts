// The store listing's screenshots, 1280 × 800 (its size), of the seeded extension: the side
// panel in a live call beside the meeting, then the full page's History, the call's review,
// the partner's page and the Partners list (five, the most the store shows).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HistoryPage } from '../../tests/e2e/pages/history-page';
import {
  endLiveCall,
  LIVE_CALL_TITLE,
  openPanelInLiveCall,
  settled,
  type SeededExtension,
} from '../screenshot-scenes';
import { meetingBackdropHtml } from './meeting-backdrop';

export const SCREENSHOT = { width: 1280, height: 800 };
/** About Chrome's side panel at its default width, and its header above the page. */
const PANEL_WIDTH = 400;
const PANEL_HEADER = 40;

async function shoot(page: Page, path: string): Promise<string> {
  // No hover left over from the last click on what the picture shows.
  await page.mouse.move(0, 0);
  await (await settled(page)).screenshot({ path });
  console.log(path);
  return path;
}

async function panelBesideMeeting(seeded: SeededExtension, path: string): Promise<string> {
  const panelSize = { width: PANEL_WIDTH, height: SCREENSHOT.height - PANEL_HEADER };
  const panel = await openPanelInLiveCall(seeded, panelSize);
  const panelPng = await (await settled(panel.page)).screenshot();
  const backdrop = await seeded.context.newPage();
  await backdrop.setViewportSize(SCREENSHOT);
  await backdrop.setContent(
    meetingBackdropHtml({
      ...SCREENSHOT,
      panelWidth: PANEL_WIDTH,
      panelHeaderHeight: PANEL_HEADER,
      title: LIVE_CALL_TITLE,
      partner: seeded.partner,
      panelPng,
      iconSvg: await readFile(new URL('../../public/icon.svg', import.meta.url), 'utf8'),
    }),
  );
  await backdrop.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await shoot(backdrop, path);
  await backdrop.close();
  await endLiveCall(panel);
  return path;
}

/** Takes every screenshot into `outDir`, in the listing's order; returns the files written. */
export async function writeStoreScreenshots(
  seeded: SeededExtension,
  outDir: string,
): Promise<string[]> {
  const file = (name: string) => join(outDir, name);
  const written = [await panelBesideMeeting(seeded, file('screenshot-1-live-call.png'))];

  const history = await HistoryPage.open(seeded.context, seeded.extensionId);
  const { page } = history;
  await page.setViewportSize(SCREENSHOT);
  await history.rows.first().waitFor();
  written.push(await shoot(page, file('screenshot-2-history.png')));

  await page.getByRole('link', { name: LIVE_CALL_TITLE }).click();
  await page.getByRole('heading', { name: LIVE_CALL_TITLE, level: 1 }).waitFor();
  written.push(await shoot(page, file('screenshot-3-call.png')));

  await page.getByRole('link', { name: seeded.partner }).first().click();
  await page.getByRole('heading', { name: seeded.partner, level: 1 }).waitFor();
  written.push(await shoot(page, file('screenshot-4-partner.png')));

  await page.goto(page.url().replace(/#.*$/, '#/partners'));
  await page.locator('table[aria-label="Partners"] tbody tr').first().waitFor();
  written.push(await shoot(page, file('screenshot-5-partners.png')));
  return written;
}
