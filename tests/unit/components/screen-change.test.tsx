import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { App } from '../../../components/shell/app';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { useScreenChange } from '../../../components/shell/use-screen-change';
import { updateCall } from '../../../lib/db/call-edits-repository';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { resetStore } from '../../../lib/store/store';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  resetStore();
  document.title = '';
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  firstScreenPreload.drop();
  db.close();
});

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });
/** A screen's code loads on first use: slower than waitFor's default on a busy machine. */
const focusMovesTo = (name: string) =>
  waitFor(() => expect(heading(name)).toHaveFocus(), { timeout: 5000 });

describe('the panel, from screen to screen', () => {
  test('the first screen takes no focus; each next one names itself in the title and takes focus to its heading', async () => {
    const { call } = await startCall(db, { title: 'Acme Robotics', partnerName: 'Acme' });
    await endCall(db, call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    await screen.findByRole('heading', { level: 1, name: 'Reciprocity Coach' });
    // The title is set in an effect, after the heading is drawn.
    await waitFor(() => expect(document.title).toBe('Reciprocity Coach'));
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await focusMovesTo('Settings');
    expect(document.title).toBe('Settings — Reciprocity Coach');
    expect(heading('Settings')).toHaveAttribute('tabindex', '-1');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await focusMovesTo('Reciprocity Coach');
    expect(document.title).toBe('Reciprocity Coach');

    await user.click(await screen.findByRole('button', { name: /Acme Robotics/ }));
    await focusMovesTo('Acme Robotics');
    expect(document.title).toBe('Acme Robotics — call — Reciprocity Coach');
  });

  test('a live call started here takes focus to its heading; renamed mid-call, the title follows and a note being typed keeps focus', async () => {
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.type(await screen.findByLabelText(/^Title/), 'Acme Robotics');
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await focusMovesTo('Acme Robotics');
    expect(document.title).toBe('Acme Robotics — live call — Reciprocity Coach');

    await user.keyboard('a');
    const note = await screen.findByRole('textbox', { name: 'Note for this moment' });
    await waitFor(() => expect(note).toHaveFocus());
    const live = await db.calls.toCollection().first();
    await updateCall(db, live?.id ?? '', { title: 'Acme Robotics, again' });
    await waitFor(() =>
      expect(document.title).toBe('Acme Robotics, again — live call — Reciprocity Coach'),
    );
    expect(note).toHaveFocus();
  });
});

describe('the full page, from page to page', () => {
  test('the first page is named without moving focus; a followed link names the next page and focuses its heading', async () => {
    const { call } = await startCall(db, { title: 'Acme Robotics', partnerName: 'Acme' });
    await endCall(db, call.id);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { level: 1, name: 'History' });
    await waitFor(() => expect(document.title).toBe('History — Reciprocity Coach'));
    expect(document.body).toHaveFocus();

    await user.click(await screen.findByRole('link', { name: /Acme Robotics/ }));
    await focusMovesTo('Acme Robotics');
    expect(document.title).toBe('Acme Robotics — call — Reciprocity Coach');

    await user.click(await screen.findByRole('link', { name: 'Acme' }));
    await focusMovesTo('Acme');
    expect(document.title).toBe('Acme — partner — Reciprocity Coach');

    await user.click(screen.getByRole('link', { name: /Backup/ }));
    await focusMovesTo('Backup and restore');
    expect(document.title).toBe('Backup and restore — Reciprocity Coach');
  });

  test('typing a search keeps focus in the field: the history with other filters is the same page', async () => {
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    const search = await screen.findByLabelText('Search calls');
    await user.type(search, 'acme');
    await waitFor(() => expect(window.location.hash).toContain('acme'));
    expect(search).toHaveFocus();
    expect(document.title).toBe('History — Reciprocity Coach');
  });
});

/** Like a delete button whose screen goes: focus fell to the page, so it hands it to the Undo. */
function HandsFocusToUndo() {
  useLayoutEffect(
    () => () =>
      queueMicrotask(() => {
        if (document.activeElement === document.body) document.getElementById('undo')?.focus();
      }),
    [],
  );
  return null;
}

function Harness({ screenName }: { screenName: string }) {
  useScreenChange(screenName, (heading) => heading ?? '');
  return (
    <>
      <input aria-label="Note" />
      <button id="undo" type="button">
        Undo
      </button>
      <main key={screenName}>
        <h1>{screenName}</h1>
        {screenName === 'Deleted' ? <HandsFocusToUndo /> : null}
      </main>
    </>
  );
}

describe('useScreenChange', () => {
  test('never takes focus from a field someone is typing in when the screen changes', async () => {
    const { rerender } = render(<Harness screenName="One" />);
    const note = screen.getByRole('textbox', { name: 'Note' });
    note.focus();
    rerender(<Harness screenName="Two" />);
    await waitFor(() => expect(document.title).toBe('Two — Reciprocity Coach'));
    expect(note).toHaveFocus();
    // Left on nothing, focus goes to the new screen's heading.
    note.blur();
    rerender(<Harness screenName="Three" />);
    await focusMovesTo('Three');
  });

  test('leaves focus where the change itself put it: the Undo of a deletion', async () => {
    const { rerender } = render(<Harness screenName="Deleted" />);
    rerender(<Harness screenName="History" />);
    await waitFor(() => expect(document.title).toBe('History — Reciprocity Coach'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
  });
});
