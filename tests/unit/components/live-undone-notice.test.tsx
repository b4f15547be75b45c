import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UNDONE_NOTICE_MS } from '../../../components/live/last-moment-bar';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

/** Tags two moments, undoes the second: the "Removed … Bring it back" notice is up. */
async function removeOne() {
  const user = userEvent.setup({
    advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined),
  });
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  await user.keyboard('a');
  await user.keyboard('{Escape}');
  await user.keyboard('p');
  await user.keyboard('{Escape}');
  await waitFor(async () => expect(await allMoments(db)).toHaveLength(2));
  // From here only the timeouts are faked, moving with real time too: IndexedDB and the
  // waits keep working, and the notice's time can be jumped over.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  await user.keyboard('{Control>}z{/Control}');
  await screen.findByText(/Removed/);
  return user;
}

function advance(ms: number): void {
  act(() => vi.advanceTimersByTime(ms));
}

describe('the "Removed … Bring it back" notice on the live screen', () => {
  test('goes by itself after a while', async () => {
    await removeOne();
    // Half the time, not nearly all of it: the clock also moved with real time while the
    // notice was being found, which on a loaded machine can be a second or more.
    advance(UNDONE_NOTICE_MS / 2);
    expect(screen.getByText(/Removed/)).toBeInTheDocument();
    advance(UNDONE_NOTICE_MS / 2);
    expect(screen.queryByText(/Removed/)).toBeNull();
  });

  test('stays while hovered or focused, and gets its full time again after', async () => {
    const user = await removeOne();
    const notice = screen.getByText(/Removed/);
    await user.hover(notice);
    advance(UNDONE_NOTICE_MS * 3);
    expect(screen.getByText(/Removed/)).toBeInTheDocument();
    await user.unhover(notice);
    act(() => screen.getByRole('button', { name: /Bring it back/ }).focus());
    advance(UNDONE_NOTICE_MS * 3);
    expect(screen.getByText(/Removed/)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: /Bring it back/ }).blur());
    advance(UNDONE_NOTICE_MS - 1000);
    expect(screen.getByText(/Removed/)).toBeInTheDocument();
    advance(1000);
    expect(screen.queryByText(/Removed/)).toBeNull();
  });

  test('goes when the next tag is made', async () => {
    const user = await removeOne();
    await user.keyboard('v');
    await waitFor(async () => expect(await allMoments(db)).toHaveLength(2));
    expect(screen.queryByText(/Removed/)).toBeNull();
  });
});
