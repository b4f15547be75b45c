import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { unsavedTags } from '../../../lib/extension/unsaved-tags';
import { freshDatabase } from '../support/fresh-database';
import { fillDisk, ROOMY_ESTIMATE, stubStorageEstimate } from '../support/full-disk';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
let restore: Array<() => void> = [];
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
});
afterEach(() => {
  for (const undo of restore) undo();
  restore = [];
  cleanup();
  db.close();
});

async function renderLive() {
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  return user;
}

describe('a full disk, as Chromium reports it (an aborted transaction)', () => {
  test('is named in plain words; the tag is kept, and Retry saves it once space is freed', async () => {
    const user = await renderLive();
    const freeDisk = fillDisk(db, Number.POSITIVE_INFINITY, 'abort');
    restore.push(freeDisk);
    await user.click(screen.getByRole('button', { name: 'Them: Sought proprietary info' }));
    expect(
      await screen.findByText(/your disk is full\. Free some space, then retry/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/transaction was aborted/)).toBeNull();
    await waitFor(async () =>
      expect(await unsavedTags()).toEqual([
        expect.objectContaining({
          kind: 'proprietary',
          error: expect.stringMatching(/disk is full/),
        }),
      ]),
    );

    freeDisk();
    await user.click(screen.getByRole('button', { name: /Retry/ }));
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([expect.objectContaining({ kind: 'proprietary' })]),
    );
    await waitFor(() => expect(screen.queryByText(/disk is full/)).toBeNull());
    await waitFor(async () => expect(await unsavedTags()).toEqual([]));
  });

  test('an aborted write with plenty of room is not called a full disk', async () => {
    const user = await renderLive();
    restore.push(fillDisk(db, 1, 'abort'), stubStorageEstimate(ROOMY_ESTIMATE));
    await user.click(screen.getByRole('button', { name: 'Them: Sought proprietary info' }));
    expect(
      await screen.findByText(/the write failed \(The transaction was aborted/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/disk is full/)).toBeNull();
  });
});
