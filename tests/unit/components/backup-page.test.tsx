import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BackupPage } from '../../../components/backup/backup-page';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { DatabaseProvider } from '../../../components/app-context/database-context';
import { exportBackup } from '../../../lib/db/backup-repository';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import type { BackupFile } from '../../../lib/domain/backup/backup-format';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
let source: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  source = freshDatabase();
});
afterEach(() => {
  db.close();
  source.close();
});

async function seed(target: ReciprocityDatabase, title = '<i>Acme</i> kickoff') {
  const { call } = await startCall(target, { title, partnerName: 'Acme' }, Date.UTC(2026, 0, 5));
  await addMissedMoment(target, call.id, { side: 'them', kind: 'request', offsetMs: 1_000 });
  await addMissedMoment(target, call.id, { side: 'me', kind: 'value', offsetMs: 2_000 });
  return endCall(target, call.id, Date.UTC(2026, 0, 5, 1));
}

const snapshot = async (target: ReciprocityDatabase) => ({
  partners: await target.partners.toArray(),
  calls: await target.calls.toArray(),
  moments: await allMoments(target),
  settings: await target.settings.toArray(),
});

function renderPage() {
  const user = userEvent.setup();
  render(
    <DatabaseProvider db={db}>
      <BackupPage />
    </DatabaseProvider>,
  );
  return user;
}

function first<T>(list: readonly T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

const jsonFile = (text: string, name = 'backup.json') =>
  new File([text], name, { type: 'application/json' });

/** Captures what the page hands to the browser's download instead of navigating. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('the backup page', () => {
  test('explains what the file holds and that it stays on this machine', () => {
    renderPage();
    expect(screen.getByRole('heading', { name: 'Backup and restore', level: 1 })).toBeVisible();
    expect(screen.getByText(/never leaves this machine unless you move it/)).toBeVisible();
    expect(screen.getByLabelText('Choose a backup file')).toHaveAttribute(
      'accept',
      'application/json,.json',
    );
  });

  test('downloads every record as a dated JSON file and says what it holds', async () => {
    const call = await seed(db);
    const downloads = captureDownloads();
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^reciprocity-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await first(downloads.blobs).text()) as BackupFile;
    expect(file.calls.map((c) => c.title)).toEqual([call.title]);
    expect(file.moments).toHaveLength(2);
    expect(await screen.findByText(/^Downloaded reciprocity-coach-backup-/)).toHaveTextContent(
      /\(\d+ bytes\) with 1 call, 2 moments and 1 partner\.$/,
    );
    expect(screen.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
  });

  test('shows a busy state while the backup is prepared', async () => {
    await seed(db);
    captureDownloads();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The backup waits at the door of its read transaction until the test lets it in.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
      await gate;
      return transaction(...args);
    }) as unknown as typeof db.transaction);
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Download a backup' }));
    const busy = await screen.findByRole('button', { name: 'Preparing…' });
    expect(busy).toBeDisabled();
    expect(screen.getByText('Reading everything saved in this browser…')).toBeVisible();
    release();
    expect(await screen.findByText(/^Downloaded /)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download a backup' })).toBeEnabled();
  });

  test('restores a valid file and sums up what it added', async () => {
    const call = await seed(source);
    const text = await exportBackup(source);
    const user = renderPage();
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile(text, 'my-backup.json'),
    );
    expect(await screen.findByText('Added 1 call, 2 moments, 1 partner.')).toBeVisible();
    expect(screen.getByText('my-backup.json')).toBeVisible();
    expect(screen.getByText(/^\(\d+ bytes\)$/)).toBeVisible();
    expect((await db.calls.get(call.id))?.title).toBe('<i>Acme</i> kickoff');

    // The same file again: nothing new.
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(text));
    expect(
      await screen.findByText('Nothing new: all 4 records in the file were already up to date.'),
    ).toBeVisible();
  });

  test('a newer copy of a call is counted as updated', async () => {
    const call = await seed(source);
    await seed(db);
    await db.calls.clear();
    await db.callMoments.clear();
    await db.partners.clear();
    const user = renderPage();
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile(await exportBackup(source)),
    );
    await screen.findByText('Added 1 call, 2 moments, 1 partner.');
    const file = JSON.parse(await exportBackup(source)) as BackupFile;
    first(file.calls).title = 'Acme renewal';
    first(file.calls).updatedAt += 1;
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile(JSON.stringify(file)),
    );
    expect(await screen.findByText('Updated 1; 3 already up to date.')).toBeVisible();
    expect((await db.calls.get(call.id))?.title).toBe('Acme renewal');
  });

  test('a corrupt file lists its problems with their paths and changes nothing', async () => {
    await seed(db, 'Kept as it was');
    await seed(source);
    const file = JSON.parse(await exportBackup(source)) as BackupFile;
    (file.moments[0] as unknown as Record<string, unknown>).side = 'they';
    first(file.calls).title = 'Changed by the file';
    delete (file.partners[0] as unknown as Record<string, unknown>).name;
    const before = await snapshot(db);
    const user = renderPage();
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile(JSON.stringify(file)),
    );

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Nothing was restored: this file has 2 problems',
      }),
    ).toBeVisible();
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^partners\[0\] \(id [^)]+\)\.name — is missing$/),
      expect.stringMatching(
        /^moments\[0\] \(id [^)]+\)\.side — must be "them" or "me", found "they"$/,
      ),
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a file that is not JSON says so in one problem, without a path', async () => {
    const user = renderPage();
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile('<html>not a backup</html>', 'page.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'Nothing was restored: this file has 1 problem',
    );
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^This file is not JSON: /);
  });

  test('hundreds of problems are counted in full and listed in part', async () => {
    await seed(source);
    const file = JSON.parse(await exportBackup(source)) as BackupFile;
    const moment = first(file.moments);
    file.moments = Array.from({ length: 300 }, (_, i) => ({
      ...moment,
      id: `m${i}`,
      weight: 5 as 1,
    }));
    const user = renderPage();
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile(JSON.stringify(file)),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('this file has 300 problems');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(21);
    expect(items[20]).toHaveTextContent('…and 280 more problems');
  });

  test('works from the keyboard alone', async () => {
    await seed(db);
    const downloads = captureDownloads();
    const user = renderPage();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download a backup' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(downloads.names).toHaveLength(1));
    await user.tab();
    expect(screen.getByLabelText('Choose a backup file')).toHaveFocus();
  });

  test('is the full page’s #/backup route', async () => {
    window.history.replaceState(null, '', '#/backup');
    render(<FullPageApp db={db} />);
    expect(
      await screen.findByRole('heading', { name: 'Backup and restore', level: 1 }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Backup' })).toHaveAttribute('aria-current', 'page');
    window.history.replaceState(null, '', '#/');
  });
});
