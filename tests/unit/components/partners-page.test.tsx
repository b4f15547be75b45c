import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { formatDay } from '../../../lib/domain/format-time';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  window.history.replaceState(null, '', '#/partners');
});
afterEach(() => {
  firstScreenPreload.drop();
  db.close();
});

async function call(partnerName: string, startedAt: number, theirAsks: number, yourAsks = 0) {
  const { call } = await startCall(db, { title: 'Call', partnerName, platform: 'zoom' }, startedAt);
  for (let i = 0; i < theirAsks; i += 1) {
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: i });
  }
  for (let i = 0; i < yourAsks; i += 1) {
    await addMissedMoment(db, call.id, { side: 'me', kind: 'request', offsetMs: 50 + i });
  }
  await addMissedMoment(db, call.id, { side: 'me', kind: 'value', offsetMs: 100 });
  await addMissedMoment(db, call.id, { side: 'them', kind: 'value', offsetMs: 101 });
  return endCall(db, call.id, startedAt + 1_800_000);
}

async function seed() {
  await call('Acme', Date.UTC(2026, 0, 5), 4);
  await call('Acme', Date.UTC(2026, 0, 12), 3);
  await call('Globex', Date.UTC(2026, 2, 1), 0, 3);
  await call('Initech', Date.UTC(2025, 5, 1), 1, 1);
}

const table = () => screen.getByRole('table', { name: 'Partners' });
const names = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('the partners list', () => {
  test('lists every partner with calls, last call, give and take per side, relationship and open items', async () => {
    await seed();
    render(<FullPageApp db={db} />);
    expect(await screen.findByRole('heading', { name: 'Partners', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 partners'));
    // Latest call first by default.
    expect(names()).toEqual(['Globex', 'Acme', 'Initech']);
    const acme = within(table()).getByRole('row', { name: /^Acme/ });
    const cells = within(acme)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    const lastCall = formatDay(Date.UTC(2026, 0, 12), Date.now());
    expect(cells).toEqual(['2', lastCall, 'gave 2 · took 7', 'gave 2 · took 0', 'They take', '7']);
    // A call from an earlier year says which.
    expect(within(table()).getByRole('row', { name: /^Initech/ })).toHaveTextContent('Jun 1, 2025');
    expect(screen.getByRole('link', { name: /Partners/ })).toHaveAttribute('aria-current', 'page');
  });

  test('sorts by name, calls and who took most, and keeps the order in the URL', async () => {
    await seed();
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('table', { name: 'Partners' });
    await user.selectOptions(screen.getByLabelText('Sort'), 'name');
    expect(names()).toEqual(['Acme', 'Globex', 'Initech']);
    expect(window.location.hash).toBe('#/partners?sort=name');
    expect(within(table()).getByRole('columnheader', { name: /Partner/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.selectOptions(screen.getByLabelText('Sort'), 'took');
    expect(names()).toEqual(['Acme', 'Initech', 'Globex']);
    await user.selectOptions(screen.getByLabelText('Sort'), 'calls');
    expect(names()[0]).toBe('Acme');
    // Back restores the previous order: each choice is a step in the browser's history.
    window.history.back();
    await waitFor(() => expect(names()).toEqual(['Acme', 'Initech', 'Globex']));
  });

  test('a search narrows the list by name, kept in the URL, and says when nothing matches', async () => {
    await seed();
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('table', { name: 'Partners' });
    await user.type(screen.getByLabelText('Search partners'), 'glo');
    expect(names()).toEqual(['Globex']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 partners');
    expect(window.location.hash).toBe('#/partners?q=glo');
    await user.type(screen.getByLabelText('Search partners'), 'zz');
    expect(
      await screen.findByText(/No partner’s name or organisation starts with/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(names()).toHaveLength(3);
    expect(screen.getByLabelText('Search partners')).toHaveValue('');
  });

  test('with no partner yet, it says how one gets there', async () => {
    render(<FullPageApp db={db} />);
    expect(await screen.findByText(/No partners yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('opened from the navigation, a partner’s name is reached by keyboard and opens their page', async () => {
    await seed();
    window.history.replaceState(null, '', '#/');
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await user.click(screen.getByRole('link', { name: /Partners/ }));
    await screen.findByRole('table', { name: 'Partners' });
    screen.getByLabelText('Sort').focus();
    await user.tab();
    expect(within(table()).getByRole('link', { name: 'Globex' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Globex', level: 1 })).toBeInTheDocument();
  });

  test('back from a partner’s page, the list is there at once while it is read again', async () => {
    await seed();
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('table', { name: 'Partners' });
    await user.click(within(table()).getByRole('link', { name: 'Acme' }));
    await screen.findByRole('heading', { name: 'Acme', level: 1 });
    window.history.back();
    expect(await screen.findByRole('heading', { name: 'Partners', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Loading your partners…')).not.toBeInTheDocument();
    expect(names()).toEqual(['Globex', 'Acme', 'Initech']);
  });

  test('a deleted partner leaves for the partners list, and their calls stay', async () => {
    await seed();
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('table', { name: 'Partners' });
    await user.click(within(table()).getByRole('link', { name: 'Initech' }));
    await screen.findByRole('heading', { name: 'Initech', level: 1 });
    await user.click(await screen.findByRole('button', { name: /Delete partner/ }));
    await user.click(screen.getByRole('button', { name: 'Delete partner' }));
    expect(await screen.findByRole('heading', { name: 'Partners', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual(['Globex', 'Acme']));
    expect(await db.calls.count()).toBe(4);
  });
});
