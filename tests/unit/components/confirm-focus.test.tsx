import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../components/shell/app';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { keepUnsavedTag, unsavedTags } from '../../../lib/extension/unsaved-tags';
import { useStore } from '../../../lib/store/store';
import { freshDatabase } from '../support/fresh-database';

/**
 * ConfirmButton used to swap the focused button for another, and the confirmed action
 * could take the row or page away: focus fell to <body> and a keyboard or screen-reader
 * user started again from the top. Here focus is followed through every destructive flow.
 */

function focused(): Element | null {
  const active = document.activeElement;
  expect(active, 'focus fell to <body>').not.toBe(document.body);
  return active;
}

describe('ConfirmButton on its own', () => {
  function renderButton(onConfirm = vi.fn()) {
    const user = userEvent.setup();
    render(
      <ConfirmButton question="Delete “Acme”?" confirmLabel="Delete" onConfirm={onConfirm}>
        Delete Acme
      </ConfirmButton>,
    );
    return { user, onConfirm };
  }

  test('asking moves focus to Cancel, the least destructive choice; Cancel gives it back', async () => {
    const { user, onConfirm } = renderButton();
    await user.tab();
    await user.keyboard('{Enter}');
    const question = screen.getByRole('group', { name: 'Delete “Acme”?' });
    expect(focused()).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    // A second Enter (or a held key) answers Cancel: nothing is destroyed.
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Delete Acme' }));
  });

  test('Escape cancels from either button and gives focus back', async () => {
    const { user, onConfirm } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Delete' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Delete Acme' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test('after the confirmed action, focus is back on the button while it stays', async () => {
    const { user, onConfirm } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Delete Acme' }));
  });
});

describe('focus through the destructive flows', () => {
  let db: ReciprocityDatabase;
  beforeEach(() => {
    db = freshDatabase();
    window.history.replaceState(null, '', '#/');
  });
  afterEach(() => db.close());

  async function endedCall(title: string, partnerName: string) {
    const { call } = await startCall(db, { title, partnerName }, Date.UTC(2026, 0, 5));
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 1 });
    return endCall(db, call.id, Date.UTC(2026, 0, 5, 1));
  }

  /** Opens the question with the keyboard, checks focus is on Cancel, confirms. */
  async function confirmWithKeyboard(
    user: ReturnType<typeof userEvent.setup>,
    trigger: RegExp,
    asked: RegExp,
  ) {
    screen.getByRole('button', { name: trigger }).focus();
    await user.keyboard('{Enter}');
    const question = screen.getByRole('group', { name: asked });
    expect(focused()).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
  }

  test('deleting a call in the panel: focus lands on the new Undo', async () => {
    const call = await endedCall('Acme intro', 'Acme');
    useStore.getState().openCall(call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    await screen.findByRole('heading', { name: 'Acme intro', level: 1 });
    await confirmWithKeyboard(user, /^Delete call$/, /^Delete “Acme intro”/);
    await waitFor(() =>
      expect(focused()).toBe(
        screen.getByRole('button', { name: 'Undo', description: '“Acme intro” deleted.' }),
      ),
    );
    expect(await db.calls.count()).toBe(0);
    expect(screen.getByRole('heading', { name: 'Reciprocity Coach' })).toBeInTheDocument();
  });

  test('deleting a partner on the full page: focus lands on the Partners list it opens, the Undo offered', async () => {
    const call = await endedCall('Acme intro', 'Acme');
    window.history.replaceState(null, '', `#/partner/${call.partnerId}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'Acme', level: 1 });
    await screen.findByRole('button', { name: /Delete partner/ });
    await confirmWithKeyboard(user, /Delete partner/, /^Delete Acme\?/);
    // A deleted partner's page gives way to the Partners list: a new page, whose heading
    // takes focus as any page's does; the Undo is announced (a live log) and stays reachable.
    const partners = await screen.findByRole('heading', { name: 'Partners', level: 1 });
    await waitFor(() => expect(focused()).toBe(partners));
    expect(
      screen.getByRole('button', { name: 'Undo', description: 'Acme deleted.' }),
    ).toBeVisible();
  });

  test('merging a partner on the full page: focus lands on the new Undo', async () => {
    await endedCall('Right', 'Acme');
    const typo = await endedCall('Typo', 'Acmee');
    window.history.replaceState(null, '', `#/partner/${typo.partnerId}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'Acmee', level: 1 });
    await screen.findByRole('option', { name: 'Acme' });
    await user.selectOptions(screen.getByLabelText(/Same partner as/), 'Acme');
    await confirmWithKeyboard(user, /^Merge$/, /^Move 1 call to Acme/);
    await screen.findByRole('heading', { name: 'Acme', level: 1 });
    await waitFor(() =>
      expect(focused()).toBe(
        screen.getByRole('button', { name: 'Undo', description: 'Acmee merged into Acme.' }),
      ),
    );
  });

  test('resetting the settings: focus stays on the reset button, which stays', async () => {
    window.history.replaceState(null, '', '#/settings');
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    await confirmWithKeyboard(user, /Reset all settings/, /^Reset every setting/);
    await screen.findByRole('button', { name: 'Undo', description: 'Settings reset to defaults.' });
    expect(focused()).toBe(screen.getByRole('button', { name: 'Reset all settings' }));
  });

  test('discarding unsaved tags: the notice goes, focus lands on the live call’s heading', async () => {
    await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
    await keepUnsavedTag({
      id: 'from-a-shortcut',
      side: 'me',
      kind: 'value',
      pressedAt: Date.now(),
      error: 'The database is blocked.',
    });
    const user = userEvent.setup();
    render(<App db={db} />);
    await screen.findByRole('region', { name: 'A tag was not saved' });
    await confirmWithKeyboard(user, /^Discard$/, /^Discard this tag/);
    await waitFor(() => expect(screen.queryByRole('region', { name: /not saved/ })).toBeNull());
    expect(await unsavedTags()).toEqual([]);
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('heading', { name: 'Intro with Acme', level: 1 })),
    );
  });
});
