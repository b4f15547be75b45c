import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { tagLiveCall } from '../../../lib/db/moments-repository';
import { keepUnsavedTag, unsavedTags } from '../../../lib/extension/unsaved-tags';
import { resetStore, useStore } from '../../../lib/store/store';
import { freshDatabase } from '../support/fresh-database';
import { fillDisk } from '../support/full-disk';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
});
afterEach(() => db.close());

async function renderLive() {
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  return user;
}

function momentList() {
  return screen.getByRole('list', { name: 'Moments, newest first' });
}

async function storedMoments() {
  return allMoments(db);
}

describe('live call screen', () => {
  test('shows the partner, every kind for both sides, and an empty state', async () => {
    await renderLive();
    expect(await screen.findByText('with Acme')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Them: / })).toHaveLength(10);
    expect(screen.getAllByRole('button', { name: /^Me: / })).toHaveLength(10);
    expect(screen.getByText(/No moments yet/)).toBeInTheDocument();
  });

  test('a click tags a moment; it is listed once its write committed', async () => {
    const user = await renderLive();
    await user.click(screen.getByRole('button', { name: 'Them: Asked for something' }));
    await waitFor(() => expect(within(momentList()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(momentList()).getByText('Asked')).toBeInTheDocument();
    expect(await storedMoments()).toEqual([
      expect.objectContaining({ side: 'them', kind: 'request' }),
    ]);
  });

  test('a slow write shows the moment as saving, and counts it only once it committed', async () => {
    const user = await renderLive();
    // A transaction of our own on the moments' table, kept busy: the tag's waits for it.
    let holding = true;
    const blocker = db.backendDB().transaction('callMoments', 'readwrite');
    const table = blocker.objectStore('callMoments');
    const keepBusy = (): void => {
      if (holding) table.get('nothing').onsuccess = keepBusy;
    };
    keepBusy();
    const released = new Promise((resolve) => (blocker.oncomplete = resolve));
    const count = () => document.querySelector('.moments-section .count')?.textContent;

    await user.click(screen.getByRole('button', { name: 'Them: Asked for something' }));
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    expect(count()).toBe('0');
    holding = false;
    await released;
    await waitFor(() => expect(count()).toBe('1'));
    expect(within(momentList()).queryByText('Saving…')).not.toBeInTheDocument();
    expect(within(momentList()).getAllByRole('listitem')).toHaveLength(1);
  });

  test('panel keys: a letter tags them, Shift+letter tags me, newest first', async () => {
    const user = await renderLive();
    await user.keyboard('p');
    await user.keyboard('{Escape}');
    await user.keyboard('{Shift>}V{/Shift}');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      const rows = within(momentList()).getAllByRole('listitem');
      expect(rows.map((r) => r.textContent)).toEqual([
        expect.stringContaining('MeValue'),
        expect.stringContaining('ThemProprietary'),
      ]);
    });
  });

  test('typing right after a tag attaches a note; Enter saves it', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('wants an intro to our CTO{Enter}');
    await waitFor(async () =>
      expect(await storedMoments()).toEqual([
        expect.objectContaining({ kind: 'request', note: 'wants an intro to our CTO' }),
      ]),
    );
    expect(screen.queryByLabelText('Note for this moment')).not.toBeInTheDocument();
  });

  test('a key pressed right after Enter tags again instead of landing in the closing note', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('intro to the CTO{Enter}p');
    await user.keyboard('{Escape}');
    await waitFor(async () =>
      expect(await storedMoments()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'request', note: 'intro to the CTO' }),
          expect.objectContaining({ kind: 'proprietary', note: '' }),
        ]),
      ),
    );
  });

  test('Escape skips the note and the next letter tags again', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('{Escape}');
    await user.keyboard('v');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(2));
    expect((await storedMoments()).every((m) => m.note === '')).toBe(true);
  });

  test('Ctrl+Z undoes the last moment and it can be brought back', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('{Escape}');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(0));
    expect(await screen.findByText(/No moments yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Bring it back/ }));
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
  });

  test('Ctrl+Z right after a tag, in the still-empty note field, undoes the tag', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    const note = await screen.findByRole('textbox', { name: 'Note for this moment' });
    await waitFor(() => expect(note).toHaveFocus());
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(0));
    expect(screen.queryByRole('textbox', { name: 'Note for this moment' })).toBeNull();
  });

  test('Ctrl+Z in a note being typed stays the field’s own undo', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    const note = await screen.findByRole('textbox', { name: 'Note for this moment' });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('intro{Control>}z{/Control}');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
    expect(screen.getByRole('textbox', { name: 'Note for this moment' })).toBeInTheDocument();
  });

  test('X switches the last moment’s side; the kind menu changes its kind', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('{Escape}');
    await screen.findByRole('button', { name: /Switch to Me/ });
    await user.keyboard('x');
    await waitFor(async () =>
      expect(await storedMoments()).toEqual([expect.objectContaining({ side: 'me' })]),
    );
    await user.selectOptions(screen.getByLabelText('Change kind'), 'Offered value');
    await waitFor(async () =>
      expect(await storedMoments()).toEqual([
        expect.objectContaining({ side: 'me', kind: 'value' }),
      ]),
    );
  });

  test('? opens the keys: the panel letters, and the global shortcuts as the browser has them bound', async () => {
    Object.assign(fakeBrowser, {
      commands: {
        getAll: async () => [
          { name: 'tag-me-value', shortcut: 'Alt+Shift+4' },
          { name: 'tag-them-request', shortcut: 'Ctrl+Shift+9' },
          { name: 'tag-them-value', shortcut: '' },
          { name: '_execute_action', shortcut: 'Alt+R' },
        ],
      },
    });
    const user = await renderLive();
    await user.keyboard('?');
    const sheet = screen.getByText('Keys').closest('details');
    if (!sheet) throw new Error('no cheat sheet');
    expect(sheet).toHaveAttribute('open');
    // The card's keys load when it first opens.
    const panelKeys = (await within(sheet).findAllByRole('list'))[0];
    expect(panelKeys).toHaveTextContent('A Asked');
    expect(panelKeys).toHaveTextContent('X switch side');
    await waitFor(() =>
      expect(within(sheet).getByText('From the meeting tab')).toBeInTheDocument(),
    );
    const global = within(sheet).getAllByRole('list')[1];
    if (!global) throw new Error('no list of global shortcuts');
    expect(
      within(global)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ctrl+Shift+9 Them: Asked for something', 'Alt+Shift+4 Me: Offered value']);
  });

  test('a failed write is shown plainly, stays on screen, and Retry saves it', async () => {
    const user = await renderLive();
    fillDisk(db, 1);
    await user.click(screen.getByRole('button', { name: 'Them: Sought proprietary info' }));
    expect(await screen.findByText(/disk is full/)).toBeInTheDocument();
    expect(await storedMoments()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /Retry/ }));
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
    expect(screen.queryByText(/disk is full/)).not.toBeInTheDocument();
    // Saved, it is no longer kept aside either.
    await waitFor(async () => expect(await unsavedTags()).toEqual([]));
  });

  test('a failed tag survives closing the panel, and the reopened panel saves it', async () => {
    const user = await renderLive();
    const freeDisk = fillDisk(db);
    await user.click(screen.getByRole('button', { name: 'Them: Sought proprietary info' }));
    expect(await screen.findByText(/disk is full/)).toBeInTheDocument();
    await waitFor(async () => expect(await unsavedTags()).toHaveLength(1));

    // The panel is closed (its memory gone) and opened again once there is room.
    cleanup();
    resetStore();
    freeDisk();
    await renderLive();
    const notice = await screen.findByRole('region', { name: 'A tag was not saved' });
    expect(notice).toHaveTextContent(/Them · Sought proprietary info/);
    expect(notice).toHaveTextContent(/disk is full/);
    await user.click(within(notice).getByRole('button', { name: /Save now/ }));
    await waitFor(async () =>
      expect(await storedMoments()).toEqual([
        expect.objectContaining({ side: 'them', kind: 'proprietary' }),
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: /not saved/ })).toBeNull());
    expect(await unsavedTags()).toEqual([]);
  });

  test('Ctrl+Z on a tag that failed to save discards it, kept copy and all', async () => {
    const user = await renderLive();
    fillDisk(db);
    await user.keyboard('p');
    expect(await screen.findByText(/disk is full/)).toBeInTheDocument();
    await waitFor(async () => expect(await unsavedTags()).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Note for this moment' })).toHaveFocus(),
    );
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.queryByText(/disk is full/)).toBeNull());
    expect(screen.queryByRole('textbox', { name: 'Note for this moment' })).toBeNull();
    expect(await unsavedTags()).toEqual([]);
    // Gone for good: no notice offers to save it instead.
    expect(screen.queryByRole('region', { name: /not saved/ })).toBeNull();
  });

  test('a failed tag of a call no longer on screen is offered for saving, into that call', async () => {
    const user = await renderLive();
    const freeDisk = fillDisk(db);
    await user.click(screen.getByRole('button', { name: 'Them: Asked for something' }));
    expect(await screen.findByText(/disk is full/)).toBeInTheDocument();
    await waitFor(async () => expect(await unsavedTags()).toHaveLength(1));
    freeDisk();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /End call/ }));
    const notice = await screen.findByRole('region', { name: 'A tag was not saved' });
    await user.click(within(notice).getByRole('button', { name: /Save now/ }));
    const [call] = await db.calls.toArray();
    await waitFor(async () =>
      expect(await storedMoments()).toEqual([
        expect.objectContaining({ callId: call?.id, kind: 'request' }),
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: /not saved/ })).toBeNull());
    // Nor does the panel still hold it as a failed tag to retry, should the call be reopened.
    expect(useStore.getState().pending).toEqual([]);
  });

  test('a kept tag can be discarded, after a confirmation', async () => {
    await keepUnsavedTag({
      id: 'from-a-shortcut',
      side: 'me',
      kind: 'value',
      pressedAt: Date.now(),
      error: 'The database is blocked.',
    });
    const user = await renderLive();
    const notice = await screen.findByRole('region', { name: 'A tag was not saved' });
    await user.click(within(notice).getByRole('button', { name: 'Discard' }));
    await user.click(within(notice).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /not saved/ })).toBeNull());
    expect(await unsavedTags()).toEqual([]);
    expect(await storedMoments()).toEqual([]);
  });

  test('a moment written elsewhere (the background, another window) appears without reload', async () => {
    await renderLive();
    await tagLiveCall(db, { side: 'them', kind: 'evasive', pressedAt: Date.now() });
    const list = await screen.findByRole('list', { name: 'Moments, newest first' });
    expect(within(list).getByText('Evasive')).toBeInTheDocument();
  });

  test('ending the call leads to its page with the moments and their counts', async () => {
    const user = await renderLive();
    await user.keyboard('a');
    await user.keyboard('{Escape}');
    await waitFor(async () => expect(await storedMoments()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /End call/ }));
    expect(await screen.findByRole('button', { name: 'Back' })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Timeline' })).toHaveTextContent('Asked');
    expect(screen.getByRole('table', { name: 'Counts' })).toHaveTextContent('Asked10');
    expect((await db.calls.toArray())[0]?.endedAt).not.toBeNull();
  });
});
