import { describe, expect, test } from 'vitest';
import type { BackupFile } from '../../lib/domain/backup/backup-format';
import { BackupPage } from './pages/backup-page';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

/** A call tagged through the side panel, as a user would: start, tag, end. */
async function tagOneCall(panel: PanelPage): Promise<void> {
  await panel.startCall('Acme intro', 'Acme');
  await panel.tagButton('Them', 'Asked for something').click();
  await panel.page.keyboard.press('Escape');
  await panel.tagButton('Me', 'Offered value').click();
  await panel.page.keyboard.press('Escape');
  await panel.page.keyboard.press('p');
  await panel.page.keyboard.press('Escape');
  await expect.poll(() => panel.moments.count(), POLL).toBe(3);
  await panel.endButton.click();
}

const records = (f: BackupFile) =>
  f.partners.length + f.calls.length + f.moments.length + f.settings.length;

describe('backup and restore in real Chromium', () => {
  test('download a backup, refuse a corrupt one without a trace, restore a new call', async () => {
    const { context, extensionId } = under.browser;
    await tagOneCall(await PanelPage.open(context, extensionId));

    const backup = await BackupPage.open(context, extensionId);
    const { download, text } = await backup.download();
    expect(download.suggestedFilename()).toMatch(
      /^reciprocity-coach-backup-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const file = JSON.parse(text) as BackupFile;
    expect(file.app).toBe('reciprocity-coach');
    expect(file.calls.map((c) => c.title)).toEqual(['Acme intro']);
    expect(file.moments).toHaveLength(3);
    expect(file.partners.map((p) => p.name)).toEqual(['Acme']);
    await expect
      .poll(() => backup.page.getByRole('status').first().textContent(), POLL)
      .toMatch(/with 1 call, 3 moments and 1 partner\.$/);

    // The same backup, with one moment's side misspelt and the call's title changed.
    const corrupt = structuredClone(file);
    const [moment] = corrupt.moments;
    const [call] = corrupt.calls;
    if (!moment || !call) throw new Error('the backup lost its records');
    (moment as unknown as Record<string, unknown>).side = 'they';
    call.title = 'Renamed by a corrupt file';
    call.updatedAt += 1;
    await backup.restore('corrupt-backup.json', JSON.stringify(corrupt));
    await expect
      .poll(() => backup.problems.getByRole('heading').textContent(), POLL)
      .toBe('Nothing was restored: this file has 1 problem');
    expect(await backup.problemItems.allTextContents()).toEqual([
      expect.stringMatching(
        /^moments\[0\] \(id [0-9a-f]{8}…\)\.side — must be "them" or "me", found "they"$/,
      ),
    ]);
    expect(await backup.page.getByText('corrupt-backup.json').isVisible()).toBe(true);
    await backup.screenshot('backup-problems');
    await backup.page.emulateMedia({ colorScheme: 'dark' });
    await backup.screenshot('backup-problems-dark');
    await backup.page.emulateMedia({ colorScheme: 'light' });

    const history = await HistoryPage.open(context, extensionId);
    await expect.poll(() => history.count.textContent(), POLL).toBe('1 call');
    await expect.poll(() => history.rows.first().textContent(), POLL).toContain('Acme intro');

    // A valid file with a call this browser has never seen.
    const startedAt = Date.UTC(2026, 0, 5, 10);
    const valid: BackupFile = {
      ...file,
      calls: [
        ...file.calls,
        {
          id: 'restored-call-0001',
          title: 'Globex renewal <from backup>',
          platform: 'meet',
          startedAt,
          endedAt: startedAt + 1_800_000,
          notes: '',
          updatedAt: startedAt + 1_800_000,
        },
      ],
      moments: [
        ...file.moments,
        {
          id: 'restored-moment-0001',
          callId: 'restored-call-0001',
          side: 'them',
          kind: 'offer-help',
          at: startedAt + 60_000,
          offsetMs: 60_000,
          note: 'what can we do for you?',
          weight: 1,
          createdAt: startedAt + 60_000,
          updatedAt: startedAt + 60_000,
        },
      ],
    };
    await backup.page.bringToFront();
    await backup.restore('valid-backup.json', JSON.stringify(valid));
    await expect
      .poll(() => backup.summary.textContent(), POLL)
      .toBe(`Added 1 call, 1 moment; ${records(file)} already up to date.`);
    await expect.poll(() => backup.problems.count(), POLL).toBe(0);
    await backup.screenshot('backup-restored');

    // The open history page shows it without a reload, and keeps the first call as it was.
    await expect.poll(() => history.count.textContent(), POLL).toBe('2 calls');
    await expect
      .poll(() => history.rows.allTextContents(), POLL)
      .toEqual([
        expect.stringContaining('Acme intro'),
        expect.stringContaining('Globex renewal <from backup>'),
      ]);
  });
});
