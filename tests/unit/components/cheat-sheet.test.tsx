import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { getCatalogue, saveCatalogue } from '../../../lib/db/settings-repository';
import { updateKind } from '../../../lib/domain/catalogue-edits';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
  Object.assign(fakeBrowser, {
    commands: {
      getAll: async () => [
        { name: 'tag-them-request', shortcut: 'Alt+Shift+1' },
        { name: 'tag-me-value', shortcut: 'Alt+Shift+4' },
      ],
    },
  });
});
afterEach(() => db.close());

async function renderLive() {
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  return user;
}

function cheatSheet(): HTMLDetailsElement {
  const sheet = screen.getByText('Keys').closest('details');
  if (!sheet) throw new Error('no cheat sheet');
  return sheet;
}

describe('the keys cheat sheet', () => {
  test('Esc closes it and gives the focus back to the button where ? was pressed', async () => {
    const user = await renderLive();
    const endButton = screen.getByRole('button', { name: /End call/ });
    endButton.focus();
    await user.keyboard('?');
    await waitFor(() => expect(cheatSheet()).toHaveAttribute('open'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(cheatSheet()).not.toHaveAttribute('open'));
    expect(endButton).toHaveFocus();
  });

  test('Esc with the focus inside it closes it and returns the focus to its summary', async () => {
    const user = await renderLive();
    const summary = within(cheatSheet()).getByText('Keys').closest('summary');
    if (!summary) throw new Error('no summary');
    summary.focus();
    await user.keyboard('?');
    await waitFor(() => expect(cheatSheet()).toHaveAttribute('open'));
    within(cheatSheet())
      .getByRole('button', { name: /Change or add shortcuts/ })
      .focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(cheatSheet()).not.toHaveAttribute('open'));
    expect(summary).toHaveFocus();
  });

  test('Esc in a note being typed is the note’s: the sheet stays open', async () => {
    const user = await renderLive();
    await user.keyboard('?');
    await waitFor(() => expect(cheatSheet()).toHaveAttribute('open'));
    await user.keyboard('a');
    const note = await screen.findByRole('textbox', { name: 'Note for this moment' });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('w{Escape}');
    await waitFor(() => expect(note).not.toBeInTheDocument());
    expect(cheatSheet()).toHaveAttribute('open');
  });

  test('the global shortcuts carry the user’s names for renamed kinds', async () => {
    const renamed = updateKind(await getCatalogue(db), 'request', { label: 'Wanted an intro' });
    if (!renamed.ok) throw new Error(renamed.problem);
    await saveCatalogue(db, renamed.catalogue);
    const user = await renderLive();
    // The settings are read after the screen first shows: a loaded machine may take a while.
    await screen.findByRole('button', { name: 'Them: Wanted an intro' }, { timeout: 5000 });
    await user.keyboard('?');
    const global = await waitFor(() => {
      const list = within(cheatSheet()).getAllByRole('list')[1];
      if (!list) throw new Error('no list of global shortcuts');
      expect(list).toHaveTextContent('Alt+Shift+1');
      return list;
    });
    expect(
      within(global)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Alt+Shift+1 Them: Wanted an intro', 'Alt+Shift+4 Me: Offered value']);
  });
});
