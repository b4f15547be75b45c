import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { App } from '../../../components/shell/app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';
import { nestedLiveRegions } from '../support/live-regions';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await startCall(db, { title: 'Intro with Acme', partnerName: 'Acme' });
});
afterEach(() => db.close());

test('the live screen nests no live region in another: tagged, undone, undone beside a moment', async () => {
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Intro with Acme' });
  expect(nestedLiveRegions()).toEqual([]);

  await user.keyboard('a');
  await user.keyboard('{Escape}');
  await screen.findByText('Saved');
  expect(nestedLiveRegions()).toEqual([]);

  // Undone with no moment left: the notice sits in the empty bar's region.
  await user.keyboard('{Control>}z{/Control}');
  await screen.findByRole('button', { name: /Bring it back/ });
  expect(nestedLiveRegions()).toEqual([]);

  // Undone beside an older moment: the notice sits under the last moment's row.
  await user.keyboard('p');
  await user.keyboard('{Escape}');
  await user.keyboard('v');
  await user.keyboard('{Escape}');
  await waitFor(async () => expect(await allMoments(db)).toHaveLength(2));
  await user.keyboard('{Control>}z{/Control}');
  await waitFor(async () => expect(await allMoments(db)).toHaveLength(1));
  await screen.findByRole('button', { name: /Bring it back/ });
  expect(screen.getByText('Saved')).toBeInTheDocument();
  expect(nestedLiveRegions()).toEqual([]);
});
