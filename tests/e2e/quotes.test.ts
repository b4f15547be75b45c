import { describe, expect, test } from 'vitest';
import type { BackupFile } from '../../lib/domain/backup/backup-format';
import { BackupPage } from './pages/backup-page';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { seriousViolations } from './support/axe';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

const START = Date.UTC(2026, 10, 23, 14, 0);
const CALL_ID = 'quoted-call-0001';
const line = (speaker: string, text: string, mine: boolean, atS: number) => ({
  speaker,
  text,
  mine,
  startedAt: START + atS * 1000,
  endedAt: START + atS * 1000 + 1500,
});

/** A call as the caption reader leaves it: quoted moments, talk per side, the transcript. */
const FILE: BackupFile = {
  app: 'reciprocity-coach',
  formatVersion: 1,
  exportedAt: START + 3_600_000,
  partners: [],
  calls: [
    {
      id: CALL_ID,
      title: 'Globex pilot',
      platform: 'meet',
      startedAt: START,
      endedAt: START + 1_800_000,
      notes: '',
      updatedAt: START + 1_800_000,
      captions: { words: { them: 420, me: 280 }, questions: { them: 6, me: 3 }, lines: 48 },
    },
  ],
  moments: [
    {
      id: 'quoted-moment-ask',
      callId: CALL_ID,
      side: 'them',
      kind: 'request',
      at: START + 64_000,
      offsetMs: 64_000,
      note: '',
      weight: 1,
      createdAt: START + 64_000,
      updatedAt: START + 64_000,
      quote: [{ speaker: 'Dana', text: 'could you send the pricing deck', mine: false }],
    },
    {
      id: 'quoted-moment-offer',
      callId: CALL_ID,
      // Tagged as Me, but Dana said it: the page asks whether to switch.
      side: 'me',
      kind: 'offer-help',
      at: START + 130_000,
      offsetMs: 130_000,
      note: '',
      weight: 1,
      createdAt: START + 130_000,
      updatedAt: START + 130_000,
      quote: [
        { speaker: 'You', text: 'we could share our routing data for the Nordics', mine: true },
        {
          speaker: 'Dana',
          text: 'and happy to introduce you to our head of logistics, she has been asking about exactly this for months',
          mine: false,
        },
      ],
    },
  ],
  settings: [],
  transcripts: [
    {
      callId: CALL_ID,
      lines: [
        line('Dana', 'Thanks for making the time.', false, 20),
        line('You', 'Of course. Where do you want to start?', true, 40),
        line('Dana', 'Could you send the pricing deck?', false, 60),
        line('You', 'We could share our routing data for the Nordics.', true, 120),
        line('Dana', 'And happy to introduce you to our head of logistics.', false, 126),
      ],
    },
  ],
};

describe('quotes in real Chromium', () => {
  test('a restored call shows its quotes, talk share and transcript; search and Markdown find the words', async () => {
    const { context, extensionId } = under.browser;
    const backup = await BackupPage.open(context, extensionId);
    await backup.restore('quoted-call.json', JSON.stringify(FILE));
    await expect
      .poll(() => backup.summary.textContent(), POLL)
      .toContain('Added 1 call, 2 moments');

    const page = backup.page;
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/calls.html#/call/${CALL_ID}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.waitFor();
    await expect
      .poll(() => timeline.getByText('could you send the pricing deck').isVisible(), POLL)
      .toBe(true);
    expect(await page.getByText('Said by Dana —').isVisible()).toBe(true);
    const talk = page.getByRole('region', { name: 'Talk and questions' });
    await expect.poll(() => talk.textContent(), POLL).toContain('60% of the words (420)');
    const transcript = page.getByRole('region', { name: 'Transcript lines' });
    await expect.poll(() => transcript.getByRole('listitem').count(), POLL).toBe(7);
    await page.getByRole('button', { name: 'Next tag' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), POLL)
      .toContain('Asked');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: 'test-results/screenshots/quotes-call-page.png',
      fullPage: true,
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({
      path: 'test-results/screenshots/quotes-call-page-dark.png',
      fullPage: true,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // The Markdown export holds each quote under its moment, and the transcript.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Markdown', exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const markdown = Buffer.concat(chunks).toString('utf8');
    expect(markdown).toContain('  > **Dana:** “could you send the pricing deck”');
    expect(markdown).toContain('## Transcript');

    // History search finds the call by a word only its quotes hold.
    const history = await HistoryPage.open(context, extensionId);
    await history.search.fill('pricing');
    await expect.poll(() => history.count.textContent(), POLL).toBe('1 call');
    await expect.poll(() => history.rows.first().textContent(), POLL).toContain('Globex pilot');
  });

  test('the live list shows a quote under its moment and asks about the speaker’s side', async () => {
    const { context, extensionId } = under.browser;
    const panel = await PanelPage.open(context, extensionId);
    await panel.startCall('Initech sync', 'Initech');
    await panel.tagButton('Them', 'Offered help').click();
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
    // As the caption reader's attachQuote leaves it: the words I said, on a tag for Them.
    await panel.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('reciprocity-coach');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const tx = db.transaction('callMoments', 'readwrite');
      const store = tx.objectStore('callMoments');
      const rows = store.getAll();
      await new Promise((resolve) => (rows.onsuccess = resolve));
      const row = (rows.result as Array<{ moments: Array<Record<string, unknown>> }>)[0];
      if (!row?.moments[0]) throw new Error('no moment');
      row.moments[0].quote = [
        { speaker: 'Sam', text: 'what would help you most this quarter?', mine: false },
        { speaker: 'You', text: 'happy to introduce you to our data team', mine: true },
      ];
      store.put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    });
    await panel.page.reload();
    await expect
      .poll(() => panel.moments.first().textContent(), POLL)
      .toContain('happy to introduce you to our data team');
    expect(await panel.page.getByText('Said by You —').isVisible()).toBe(true);
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.screenshot('quotes-live');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot('quotes-live-dark');
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.page.getByRole('button', { name: 'switch to Me?' }).click();
    await expect.poll(() => panel.page.getByText('Said by You —').count(), POLL).toBe(0);
    await expect.poll(() => panel.moments.first().textContent(), POLL).toContain('Me');
  });
});
