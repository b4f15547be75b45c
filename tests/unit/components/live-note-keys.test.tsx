import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
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
afterEach(() => db.close());

async function renderLive() {
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  return user;
}

/** Tags with `key` and waits until the note field, still empty, has the focus. */
async function tagAndWaitForNote(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.keyboard(key);
  const note = await screen.findByRole('textbox', { name: 'Note for this moment' });
  await waitFor(() => expect(note).toHaveFocus());
  return note;
}

describe('the panel’s keys in the quick note before it is started', () => {
  test('X in the still-empty note switches the side, as the bar says, and types nothing', async () => {
    const user = await renderLive();
    await tagAndWaitForNote(user, 'a');
    // The bar the user reads: X is advertised there (the field may open before the commit).
    expect(await screen.findByRole('button', { name: /Switch to Me/ })).toBeInTheDocument();
    await user.keyboard('x');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([
        expect.objectContaining({ kind: 'request', side: 'me' }),
      ]),
    );
    const note = screen.getByRole('textbox', { name: 'Note for this moment' });
    expect(note).toHaveValue('');
    // Still the panel's: X again switches it back.
    await user.keyboard('x');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([expect.objectContaining({ side: 'them' })]),
    );
    expect(note).toHaveValue('');
  });

  test('X pressed at once after the tag, before its field has the focus, switches that tag', async () => {
    const user = await renderLive();
    await user.keyboard('ax');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([
        expect.objectContaining({ kind: 'request', side: 'me' }),
      ]),
    );
    expect(screen.getByRole('textbox', { name: 'Note for this moment' })).toHaveValue('');
  });

  test('a tag letter in the still-empty note tags the next moment', async () => {
    const user = await renderLive();
    await tagAndWaitForNote(user, 'a');
    await user.keyboard('p');
    await user.keyboard('{Shift>}V{/Shift}');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ side: 'them', kind: 'request', note: '' }),
          expect.objectContaining({ side: 'them', kind: 'proprietary', note: '' }),
          expect.objectContaining({ side: 'me', kind: 'value', note: '' }),
        ]),
      ),
    );
    expect(await allMoments(db)).toHaveLength(3);
  });

  test('once a note is started, panel letters are text', async () => {
    const user = await renderLive();
    await tagAndWaitForNote(user, 'a');
    await user.keyboard('wants pricing, then a demo x2{Enter}');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual([
        expect.objectContaining({ side: 'them', note: 'wants pricing, then a demo x2' }),
      ]),
    );
  });

  test('a note that begins with a panel letter: Space first, or a click into the field', async () => {
    const user = await renderLive();
    await tagAndWaitForNote(user, 'a');
    await user.keyboard(' pricing first{Enter}');
    const note = await tagAndWaitForNote(user, 'v');
    await user.click(note);
    await user.keyboard('case study{Enter}');
    await waitFor(async () =>
      expect(await allMoments(db)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'request', note: 'pricing first' }),
          expect.objectContaining({ kind: 'value', note: 'case study' }),
        ]),
      ),
    );
    expect(await allMoments(db)).toHaveLength(2);
  });
});
