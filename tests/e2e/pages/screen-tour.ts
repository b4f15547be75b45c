import type { BrowserContext, Page } from 'playwright-core';
import { HistoryPage } from './history-page';
import { PanelPage } from './panel-page';

/** Where each seeded record lives in the full page: its hash. */
interface Seeded {
  callHash: string;
  partnerHash: string;
}

/**
 * One browser's extension, seeded through its own panel, opened at each screen people see:
 * each `open…` returns a page showing that screen, settled. What a screen leaves behind
 * (a live call, a deleted call) is put back by `leave()`.
 */
export class ScreenTour {
  private seeded: Seeded | undefined;
  private readonly cleanups: Array<() => Promise<void>> = [];

  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  /** Three ended calls with Acme, of several verdicts (one with red flags), tagged in the panel. */
  async seed(): Promise<void> {
    const panel = await PanelPage.open(this.context, this.extensionId);
    await this.endedCall(panel, 'Intro with Acme', ['a', 'p', 'p', 'Shift+V', 'c']);
    await this.endedCall(panel, 'Pricing review', ['a', 'a', 'a', 'v', 'Shift+V']);
    await this.endedCall(panel, 'Quick sync', ['Shift+H']);
    await panel.page.close();

    const history = await HistoryPage.open(this.context, this.extensionId);
    const callLink = history.page.getByRole('link', { name: /Intro with Acme/ }).first();
    const callHash = new URL((await callLink.getAttribute('href')) ?? '', 'https://x/').hash;
    await history.page.goto(history.page.url().replace(/#.*$/, callHash));
    const partnerLink = history.page.getByRole('link', { name: 'Acme', exact: true }).first();
    const partnerHash = new URL((await partnerLink.getAttribute('href')) ?? '', 'https://x/').hash;
    await history.page.close();
    this.seeded = { callHash, partnerHash };
  }

  /** A call tagged with these panel keys (each note skipped), ended, then back home. */
  private async endedCall(panel: PanelPage, title: string, keys: string[]): Promise<void> {
    await panel.startCall(title, 'Acme');
    for (const key of keys) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await panel.endButton.click();
    await panel.page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await panel.page.getByRole('button', { name: /All calls|Back/ }).click();
    await panel.startButton.waitFor();
  }

  private get records(): Seeded {
    if (!this.seeded) throw new Error('ScreenTour.seed() first');
    return this.seeded;
  }

  async panel(): Promise<PanelPage> {
    const panel = await PanelPage.open(this.context, this.extensionId);
    await panel.page.getByRole('heading', { level: 1 }).waitFor();
    return panel;
  }

  /** The full page at `hash`, once `heading` (its h1) shows. */
  async fullPage(hash: string, heading: string | RegExp): Promise<Page> {
    const history = await HistoryPage.open(this.context, this.extensionId, hash);
    await history.page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    return history.page;
  }

  async panelHome(): Promise<Page> {
    const panel = await this.panel();
    await panel.startButton.waitFor();
    return panel.page;
  }

  /** A live call whose meter shows red flags; ended again on leaving. */
  async liveCall(): Promise<Page> {
    const panel = await this.panel();
    await panel.startCall('Follow-up with Acme', 'Acme');
    for (const key of ['p', 'a']) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await panel.page.getByRole('list', { name: 'Red flags so far' }).waitFor();
    this.cleanups.push(async () => {
      await panel.endButton.click();
      await panel.page.getByRole('heading', { name: 'Follow-up with Acme', level: 1 }).waitFor();
    });
    return panel.page;
  }

  /** The keys cheat sheet, open over a live call. */
  async cheatSheet(): Promise<Page> {
    const page = await this.liveCall();
    await page.keyboard.press('?');
    await page.getByText('Letter =').waitFor();
    return page;
  }

  callPage(): Promise<Page> {
    return this.fullPage(this.records.callHash, 'Intro with Acme');
  }

  partnerPage(): Promise<Page> {
    return this.fullPage(this.records.partnerHash, 'Acme');
  }

  /** The history with the notice that undoes a deletion; the call comes back on leaving. */
  async undoNotice(): Promise<Page> {
    const page = await this.fullPage('#/', 'History');
    await page.getByRole('link', { name: /Quick sync/ }).click();
    await page.getByRole('button', { name: 'Delete call' }).click();
    await page.getByRole('button', { name: 'Delete call' }).click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    this.cleanups.push(async () => {
      if (await undo.isVisible()) await undo.click();
    });
    return page;
  }

  /** Undoes what the last screen changed, so the next one opens on the seeded records. */
  async leave(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup();
    for (const page of this.context.pages()) if (page.url() !== 'about:blank') await page.close();
  }
}
