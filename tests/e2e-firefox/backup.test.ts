import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { buildBackup, serializeBackup } from '../../lib/domain/backup/backup-format';
import { SEL, textsOf } from './support/extension-pages';
import { firefoxPerFile, openExtensionPage, POLL } from './support/firefox';

const firefox = firefoxPerFile();
const files = mkdtemp(join(tmpdir(), 'reciprocity-e2e-firefox-files-'));
afterAll(async () => rm(await files, { recursive: true, force: true }));

const startedAt = Date.UTC(2026, 0, 5, 10);
const BACKUP = buildBackup(
  {
    partners: [
      {
        id: 'partner-globex',
        name: 'Globex',
        notes: '',
        createdAt: startedAt,
        updatedAt: startedAt,
      },
    ],
    calls: [
      {
        id: 'restored-call-0001',
        title: 'Globex renewal <from backup>',
        partnerId: 'partner-globex',
        platform: 'meet',
        startedAt,
        endedAt: startedAt + 1_800_000,
        notes: '',
        updatedAt: startedAt + 1_800_000,
      },
    ],
    moments: [
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
  },
  startedAt + 2_000_000,
);

/** Chooses a file in the backup page's file input, as the file picker would. */
async function chooseFile(input: ElementHandle<HTMLInputElement>, name: string, text: string) {
  const path = join(await files, name);
  await writeFile(path, text, 'utf8');
  await input.uploadFile(path);
}

describe('backup restore in Firefox', () => {
  test('a backup file restores through the file input, once, and the history lists it', async () => {
    const backup = await openExtensionPage(
      firefox.browser,
      'calls.html#/backup',
      SEL.backupHeading,
    );
    const input = (await backup.waitForSelector(SEL.backupFile)) as ElementHandle<HTMLInputElement>;

    await chooseFile(input, 'backup.json', serializeBackup(BACKUP));
    await expect
      .poll(() => textsOf(backup, SEL.backupSummary), POLL)
      .toEqual(['Added 1 call, 1 moment, 1 partner.']);

    // The same file again changes nothing: the restore merges, it does not duplicate.
    await chooseFile(input, 'backup-again.json', serializeBackup(BACKUP));
    await expect
      .poll(() => textsOf(backup, SEL.backupSummary), POLL)
      .toEqual(['Nothing new: all 3 records in the file were already up to date.']);

    const history = await openExtensionPage(firefox.browser, 'calls.html#/', SEL.historyCount);
    await expect.poll(() => textsOf(history, SEL.historyCount), POLL).toEqual(['1 call']);
    await expect
      .poll(() => textsOf(history, SEL.historyRows), POLL)
      .toEqual([expect.stringMatching(/Globex renewal <from backup>.*Globex/)]);
  });
});
