import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BackupPage } from './pages/backup-page';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

/**
 * Puts records no version of the app writes straight into the extension's IndexedDB, as an
 * old version, a hand-edited file or a bug might have left them: a call whose dates are past
 * what `Date` holds, a call without its tally, and a past-due commitment due at no date.
 * Returns the good call's partner id.
 */
async function writeDamagedRows(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('reciprocity-coach');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    const read = db.transaction('calls', 'readonly');
    const all = read.objectStore('calls').getAll();
    await done(read);
    const good = (all.result as Array<Record<string, unknown>>)[0];
    if (!good) throw new Error('no call to copy');
    const day = 24 * 60 * 60_000;
    const started = good.startedAt as number;
    const write = db.transaction(['calls', 'callMoments'], 'readwrite');
    const calls = write.objectStore('calls');
    calls.put({
      ...good,
      id: 'bad-dates',
      title: 'Broken dates',
      startedAt: 8640000000000001,
      endedAt: 1e300,
    });
    const noTally: Record<string, unknown> = {
      ...good,
      id: 'no-tally',
      title: 'No tally',
      startedAt: started - day,
      endedAt: started - day + 60_000,
    };
    delete noTally.tally;
    calls.put(noTally);
    const withMoment = {
      ...good,
      id: 'bad-moment-call',
      title: 'Call with a broken moment',
      startedAt: started - 2 * day,
      endedAt: started - 2 * day + 60_000,
    };
    calls.put(withMoment);
    write.objectStore('callMoments').put({
      callId: 'bad-moment-call',
      moments: [
        {
          id: 'bad-moment',
          callId: 'bad-moment-call',
          side: 'me',
          kind: 'commitment',
          at: 1e300,
          offsetMs: 30_000,
          note: 'Send the broken proposal',
          weight: 1,
          createdAt: started,
          updatedAt: started,
          dueAt: -1e300,
          open: 1,
          openDue: -1e300,
        },
      ],
      openDue: [-1e300],
    });
    await done(write);
    db.close();
    return good.partnerId as string;
  });
}

/** The broken moment's due date as stored. */
async function storedDueAt(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('reciprocity-coach');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const row = await new Promise<{ moments: Array<{ id: string; dueAt?: number }> }>(
      (resolve, reject) => {
        const get = db.transaction('callMoments').objectStore('callMoments').get('bad-moment-call');
        get.onsuccess = () =>
          resolve(get.result as { moments: Array<{ id: string; dueAt?: number }> });
        get.onerror = () => reject(get.error ?? new Error('read failed'));
      },
    );
    db.close();
    return row.moments.find((m) => m.id === 'bad-moment')?.dueAt;
  });
}

async function noCrash(page: Page): Promise<void> {
  expect(await page.getByText('Something went wrong').count()).toBe(0);
}

describe('damaged records in real Chromium', () => {
  test('home, history, the call page and the partner page all open, the damaged records marked', async () => {
    const { context, extensionId } = under.browser;
    const panel = await PanelPage.open(context, extensionId);
    await panel.startCall('Good call', 'Acme');
    await panel.tagButton('Them', 'Asked for something').click();
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
    await panel.endButton.click();
    await expect.poll(() => panel.endButton.count(), POLL).toBe(0);
    const partnerId = await writeDamagedRows(panel.page);

    // Panel home: the good call and two damaged rows; the past-due item reads "unknown date".
    await panel.page.reload();
    await panel.startButton.waitFor();
    const recent = panel.page.getByRole('region', { name: 'Recent calls' });
    await expect.poll(() => recent.getByText('Good call').count(), POLL).toBe(1);
    expect(await recent.getByText("This call's record is damaged").count()).toBe(2);
    expect(await panel.page.getByText('due unknown date').count()).toBe(1);
    await noCrash(panel.page);
    await panel.screenshot('damaged-panel-home');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot('damaged-panel-home-dark');
    await panel.page.emulateMedia({ colorScheme: 'light' });

    // The panel's page of the call holding the broken moment opens.
    await recent.getByRole('button', { name: /Call with a broken moment/ }).click();
    await panel.page.getByRole('heading', { name: 'Call with a broken moment' }).waitFor();
    await noCrash(panel.page);
    // Repaired there: a due date typed digit by digit is saved once it is a date, never before.
    const due = panel.page.getByLabel('Due date for: Send the broken proposal');
    expect(await due.inputValue()).toBe('');
    await due.focus();
    await panel.page.keyboard.type('01312027');
    const expected = await panel.page.evaluate(() =>
      new Date(2027, 0, 31, 23, 59, 59, 999).getTime(),
    );
    await expect.poll(() => storedDueAt(panel.page), POLL).toBe(expected);

    const history = await HistoryPage.open(context, extensionId);
    await expect.poll(() => history.rows.count(), POLL).toBe(4);
    await expect
      .poll(() => history.page.getByText("This call's record is damaged").count(), POLL)
      .toBe(2);
    expect(await history.page.getByText('Good call').count()).toBe(1);
    await noCrash(history.page);
    await history.screenshot('damaged-history');

    // The damaged call's own page says so, and deletes it.
    await history.page.goto(`chrome-extension://${extensionId}/calls.html#/call/bad-dates`);
    const notice = history.page.getByRole('alert');
    await expect.poll(() => notice.textContent(), POLL).toContain("This call's record is damaged");
    await noCrash(history.page);
    await history.screenshot('damaged-call-page');
    await notice.getByRole('button', { name: /Delete/ }).click();
    await history.page.getByRole('button', { name: 'Delete call' }).click();
    await expect.poll(() => history.rows.count(), POLL).toBe(3);

    await history.page.goto(`chrome-extension://${extensionId}/calls.html#/partner/${partnerId}`);
    await history.page.getByRole('heading', { name: 'Acme' }).waitFor();
    await expect.poll(() => history.rows.count(), POLL).toBe(3);
    expect(await history.page.getByText("This call's record is damaged").count()).toBe(1);
    await noCrash(history.page);
  });

  test('a backup with a date past what JavaScript holds is refused, named, and nothing is written', async () => {
    const { context, extensionId } = under.browser;
    const backup = await BackupPage.open(context, extensionId);
    const startedAt = Date.UTC(2026, 0, 5, 10);
    const file = {
      app: 'reciprocity-coach',
      formatVersion: 1,
      exportedAt: startedAt,
      partners: [],
      calls: [
        {
          id: 'c-far-future',
          title: 'From a hostile file',
          platform: 'meet',
          startedAt: 8640000000000001,
          endedAt: null,
          notes: '',
          updatedAt: startedAt,
        },
      ],
      moments: [
        {
          id: 'm-far-future',
          callId: 'c-far-future',
          side: 'them',
          kind: 'commitment',
          at: 1e300,
          offsetMs: 0,
          note: '',
          weight: 1,
          createdAt: startedAt,
          updatedAt: startedAt,
          dueAt: 1e300,
        },
      ],
      settings: [],
    };
    await backup.restore('hostile.json', JSON.stringify(file));
    await expect
      .poll(() => backup.problems.getByRole('heading').textContent(), POLL)
      .toBe('Nothing was restored: this file has 3 problems');
    expect(await backup.problemItems.allTextContents()).toEqual([
      expect.stringMatching(
        /^calls\[0\] \(id c-far-fu…\)\.startedAt — must be a date from 2000-01-01 to \d{4}-\d\d-\d\d, found 8640000000000001$/,
      ),
      expect.stringMatching(
        /^moments\[0\] \(id m-far-fu…\)\.at — must be a date .*, found 1e\+300$/,
      ),
      expect.stringMatching(
        /^moments\[0\] \(id m-far-fu…\)\.dueAt — must be a date .*, found 1e\+300$/,
      ),
    ]);
    await backup.screenshot('backup-refused-dates');
    const history = await HistoryPage.open(context, extensionId);
    await expect
      .poll(() => history.page.getByText('No calls yet').count(), POLL)
      .toBeGreaterThan(0);
    await noCrash(history.page);
  });
});
