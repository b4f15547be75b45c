import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  firstScreenPreload.drop();
  db.close();
});

// 2:00 PM in the tests' time zone (UTC).
const AT_TWO_PM = Date.UTC(2026, 0, 5, 14, 0);

async function acmeCall() {
  const { call } = await startCall(
    db,
    { title: 'Acme kickoff', partnerName: 'Acme', platform: 'zoom' },
    AT_TWO_PM,
  );
  for (const kind of ['request', 'request', 'proprietary']) {
    await addMissedMoment(db, call.id, { side: 'them', kind, offsetMs: 1 });
  }
  await addMissedMoment(db, call.id, { side: 'me', kind: 'value', offsetMs: 2, weight: 3 });
  await addMissedMoment(db, call.id, { side: 'me', kind: 'request', offsetMs: 3 });
  return endCall(db, call.id, AT_TWO_PM + 1_800_000);
}

async function firstRow(): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Calls' });
  const [row] = await within(list).findAllByRole('listitem');
  if (!row) throw new Error('the history shows no row');
  return row;
}

describe('a history row', () => {
  test('links its title to the call and its partner’s name to the partner, never one link inside the other', async () => {
    const call = await acmeCall();
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    const row = await firstRow();
    await waitFor(() => expect(within(row).getAllByRole('link')).toHaveLength(2));
    const [title, partner] = within(row).getAllByRole('link');
    expect(title).toHaveAccessibleName('Acme kickoff');
    expect(title).toHaveAttribute('href', `#/call/${call.id}`);
    expect(partner).toHaveAccessibleName('Acme');
    expect(partner).toHaveAttribute('href', `#/partner/${call.partnerId}`);
    expect(row.querySelector('a a')).toBeNull();
    // Keyboard order: the call, then its partner.
    title?.focus();
    await user.tab();
    expect(partner).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Acme', level: 1 })).toBeInTheDocument();
  });

  test('shows each side’s give and take, not the two sides added together', async () => {
    await acmeCall();
    render(<FullPageApp db={db} />);
    const row = await firstRow();
    await waitFor(() => expect(row).toHaveTextContent('They gave 0 · took 4'));
    expect(row).toHaveTextContent('You gave 3 · took 1');
    expect(row).not.toHaveTextContent(/gives|takes/);
  });

  test('writes the call’s time as the call page does: 2:00 PM, not 02:00 PM', async () => {
    const call = await acmeCall();
    render(<FullPageApp db={db} />);
    const row = await firstRow();
    await waitFor(() => expect(row).toHaveTextContent('2:00 PM'));
    expect(row).not.toHaveTextContent('02:00 PM');
    window.location.hash = `#/call/${call.id}`;
    await screen.findByRole('heading', { name: 'Acme kickoff', level: 1 });
    expect(document.body).toHaveTextContent('January 5, 2026 at 2:00 PM');
  });
});
