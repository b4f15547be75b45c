import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  firstScreenPreload,
  preloadHistoryFirstScreen,
} from '../../../components/history/first-screen';
import { preloadPartnerPage } from '../../../components/partners/partner-page';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { NO_FILTERS } from '../../../lib/domain/history-filters';
import { parseRoute } from '../../../lib/domain/page-route';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  firstScreenPreload.drop();
  db.close();
});

async function call(
  title: string,
  partnerName: string,
  startedAt: number,
  takes: number,
  note = '',
) {
  const { call } = await startCall(db, { title, partnerName, platform: 'zoom' }, startedAt);
  for (let i = 0; i < takes; i += 1) {
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: i, note });
  }
  await addMissedMoment(db, call.id, { side: 'me', kind: 'value', offsetMs: 10 });
  return endCall(db, call.id, startedAt + 1_800_000);
}

const rows = () => within(screen.getByRole('list', { name: 'Calls' })).getAllByRole('listitem');

describe('the full page', () => {
  test('history lists every call newest first, with figures, and search narrows it; the URL keeps the view', async () => {
    await call('Acme kickoff', 'Acme', Date.UTC(2026, 0, 5), 3, 'wants Kubernetes help');
    await call('Globex sync', 'Globex', Date.UTC(2026, 1, 5), 0);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    expect(await screen.findByRole('status')).toHaveTextContent('2 calls');
    // Rows are read page by page after the ids: wait for them rather than for a time.
    await waitFor(() =>
      expect(rows().map((r) => r.textContent)).toEqual([
        expect.stringContaining('Globex sync'),
        expect.stringContaining('Acme kickoff'),
      ]),
    );
    // Per side: adding both sides' points together would hide who took.
    expect(rows()[1]).toHaveTextContent('They gave 0 · took 3');
    expect(rows()[1]).toHaveTextContent('You gave 1 · took 0');
    expect(rows()[1]).toHaveTextContent('3 open asks');
    await user.type(screen.getByLabelText('Search calls'), 'kube');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 call'));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Acme kickoff'));
    expect(window.location.hash).toBe('#/?q=kube');
    await user.click(screen.getByRole('button', { name: /Clear filters/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 calls'));
  });

  test('the From and To fields narrow the history to a date range, kept in the URL', async () => {
    await call('Acme kickoff', 'Acme', Date.UTC(2026, 0, 5, 12), 1);
    await call('Globex sync', 'Globex', Date.UTC(2026, 1, 5, 12), 1);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    expect(await screen.findByRole('status')).toHaveTextContent('2 calls');
    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 call'));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Globex sync'));
    expect(window.location.hash).toContain('from=2026-02-01');
    await user.type(screen.getByLabelText('To'), '2026-02-04');
    expect(await screen.findByText(/No call matches/)).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveValue('2026-02-04');
  });

  test('the first screen read before React starts is shown at once, then kept live', async () => {
    await call('Older', 'Acme', Date.UTC(2026, 0, 5), 1);
    await preloadHistoryFirstScreen(db, NO_FILTERS);
    await call('Newest', 'Initech', Date.UTC(2026, 2, 5), 1);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    // The first render already has the preloaded rows: no query of the page has answered.
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Older')]);
    // Then the page's live query shows what changed since.
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Newest'));
    expect(await screen.findByRole('status')).toHaveTextContent('2 calls');
    // Every partner can be picked once the first screen is painted.
    await waitFor(() =>
      expect(within(screen.getByLabelText('Partner')).getAllByRole('option')).toHaveLength(3),
    );
    // The preload is gone for good: back on the history, the live rows are the first shown.
    await user.click(screen.getByRole('link', { name: /Settings/ }));
    await user.click(await screen.findByRole('link', { name: /History/ }));
    expect(rows()[0]).toHaveTextContent('Newest');
  });

  test('a history opened on one partner names that partner in its filter from the start', async () => {
    const { partnerId } = await call('Acme call', 'Acme', Date.UTC(2026, 0, 5), 1);
    await call('Globex call', 'Globex', Date.UTC(2026, 1, 5), 1);
    const hash = `#/?partner=${partnerId}`;
    window.history.replaceState(null, '', hash);
    const route = parseRoute(hash);
    if (route.name !== 'history') throw new Error(`not a history route: ${hash}`);
    await preloadHistoryFirstScreen(db, route.filters);
    render(<FullPageApp db={db} />);
    expect(rows()).toHaveLength(1);
    expect(screen.getByLabelText('Partner')).toHaveDisplayValue('Acme');
  });

  test('an empty history says so, and a search with no match says what to do', async () => {
    window.history.replaceState(null, '', '#/?q=nothing');
    render(<FullPageApp db={db} />);
    expect(await screen.findByText(/No call matches/)).toBeInTheDocument();
  });

  test('a partner page shows the ledger, the chart, open items and the calls', async () => {
    const first = await call('One', 'Acme', Date.UTC(2026, 0, 5), 3);
    await call('Two', 'Acme', Date.UTC(2026, 1, 5), 3);
    window.history.replaceState(null, '', `#/partner/${first.partnerId}`);
    render(<FullPageApp db={db} />);
    expect(await screen.findByRole('heading', { name: 'Acme', level: 1 })).toBeInTheDocument();
    expect(
      screen.getByText('In 2 of the last 2 calls they got more out of the exchange than you did.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Balance per call, 2 calls/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Across all calls' })).getByRole('row', {
        name: /Acme/,
      }),
    ).toHaveTextContent('Acme06');
    // Read after the ledger and the chart, which do not wait for it.
    const open = within(
      await screen.findByRole('list', { name: 'Open asks and commitments' }),
    ).getAllByRole('listitem');
    expect(open).toHaveLength(6);
    // Newest first: the second call's asks (February) before the first's (January).
    expect(open[0]).toHaveTextContent(/Feb/);
    expect(open[5]).toHaveTextContent(/Jan/);
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  test('a partner page opened straight on its URL draws its preloaded read at once, then live', async () => {
    const first = await call('One', 'Acme', Date.UTC(2026, 0, 5), 3);
    const hash = `#/partner/${first.partnerId}`;
    window.history.replaceState(null, '', hash);
    await preloadPartnerPage(db, first.partnerId ?? '');
    await call('Two', 'Acme', Date.UTC(2026, 1, 5), 3);
    render(<FullPageApp db={db} />);
    expect(screen.getByRole('heading', { name: 'Acme', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Balance per call, 1 call/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('img', { name: /^Balance per call, 2 calls/ })).toBeInTheDocument(),
    );
  });

  test('a partner page shows the first open items and the rest on request', async () => {
    const { partnerId } = await call('Many asks', 'Acme', Date.UTC(2026, 0, 5), 24);
    window.history.replaceState(null, '', `#/partner/${partnerId}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    const list = await screen.findByRole('list', { name: 'Open asks and commitments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show all 24' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(24);
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
  });

  test('merging a duplicate partner moves its calls, and Undo splits them again', async () => {
    await call('Right', 'Acme', Date.UTC(2026, 0, 5), 1);
    const typo = await call('Typo', 'Acmee', Date.UTC(2026, 1, 5), 1);
    window.history.replaceState(null, '', `#/partner/${typo.partnerId}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'Acmee', level: 1 });
    // Merge and delete load after the ledger, with the partners to merge into.
    await screen.findByRole('option', { name: 'Acme' });
    await user.selectOptions(screen.getByLabelText(/Same partner as/), 'Acme');
    await user.click(screen.getByRole('button', { name: /Merge/ }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('heading', { name: 'Acme', level: 1 })).toBeInTheDocument();
    expect(await db.partners.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect(await db.partners.count()).toBe(2));
    expect((await db.calls.get(typo.id))?.partnerId).toBe(typo.partnerId);
  });

  test('a call is deleted after a confirmation and comes back with Undo', async () => {
    const gone = await call('To delete', 'Acme', Date.UTC(2026, 0, 5), 2);
    window.history.replaceState(null, '', `#/call/${gone.id}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'To delete', level: 1 });
    await user.click(screen.getByRole('button', { name: /Delete call/ }));
    await user.click(screen.getByRole('button', { name: 'Delete call' }));
    await waitFor(async () => expect(await db.calls.count()).toBe(0));
    expect((await allMoments(db)).length).toBe(0);
    await user.click(await screen.findByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect((await allMoments(db)).length).toBe(3));
  });
});
