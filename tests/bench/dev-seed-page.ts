import type { BrowserContext, Page } from 'playwright-core';
import type { DevApi, TimedExport, TimedImport } from '../../dev/components/dev-api';
import type { SeedResult } from '../../dev/db/heavy-user-seeder';

type Dev = { reciprocityDev: DevApi };

/** The dev page (entrypoints/dev-seed), driven through its `window.reciprocityDev` API. */
export class DevSeedPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<DevSeedPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dev-seed.html`);
    await page.waitForFunction(() => 'reciprocityDev' in globalThis);
    return new DevSeedPage(page);
  }

  /** Writes the default heavy user, logging progress every 100,000 moments. */
  async seed(): Promise<SeedResult> {
    this.page.on('console', (message) => {
      if (message.text().startsWith('seeded ')) console.log(message.text());
    });
    return this.page.evaluate(() => {
      const api = (globalThis as unknown as Dev).reciprocityDev;
      let logged = 0;
      api.onProgress((p) => {
        if (p.moments - logged < 100_000) return;
        logged = p.moments;
        console.log(
          `seeded ${p.calls} calls, ${p.moments} moments at ${(performance.now() / 1000).toFixed(1)} s`,
        );
      });
      return api.seed();
    });
  }

  async rawPutTimes(n: number, perCall: number, paceMs = 0): Promise<number[]> {
    return this.page.evaluate(
      ({ n, perCall, paceMs }) => {
        return (globalThis as unknown as Dev).reciprocityDev.rawPutTimes(n, perCall, paceMs);
      },
      { n, perCall, paceMs },
    );
  }

  /** Exports the whole database; the string stays in the page. */
  async exportBackup(): Promise<TimedExport> {
    return this.page.evaluate(() => (globalThis as unknown as Dev).reciprocityDev.exportBackup());
  }

  /** The export's floor: every stored row read and stringified. */
  async bareExport(): Promise<TimedExport> {
    return this.page.evaluate(() => (globalThis as unknown as Dev).reciprocityDev.bareExport());
  }

  /** The import's floor: the last export parsed and put as it is into a scratch database. */
  async bareImport(): Promise<{ ms: number }> {
    return this.page.evaluate(() => (globalThis as unknown as Dev).reciprocityDev.bareImport());
  }

  /** Imports the last export into an empty scratch database. */
  async importBackup(): Promise<TimedImport> {
    return this.page.evaluate(() => (globalThis as unknown as Dev).reciprocityDev.importBackup());
  }
}
