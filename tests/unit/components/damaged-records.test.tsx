import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { App } from '../../../components/shell/app';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { formatRoute } from '../../../lib/domain/page-route';
import { keepUnsavedTag } from '../../../lib/extension/unsaved-tags';
import { resetStore, useStore } from '../../../lib/store/store';
import { writeDamagedRecords, type DamagedRecords } from '../support/damaged-records';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
let records: DamagedRecords;
beforeEach(async () => {
  db = freshDatabase();
  resetStore();
  window.history.replaceState(null, '', '#/');
  records = await writeDamagedRecords(db);
});
afterEach(() => {
  cleanup();
  firstScreenPreload.drop();
  db.close();
});

const DAMAGED = /record is damaged/;

function noCrash() {
  expect(screen.queryByText(/Something went wrong/)).toBeNull();
}

describe('one damaged record never takes a screen down', () => {
  test('panel home: the damaged calls and past-due item are marked, the rest works, Start call too', async () => {
    const user = userEvent.setup();
    render(<App db={db} />);
    const recent = await screen.findByRole('region', { name: 'Recent calls' });
    await waitFor(() => expect(within(recent).getByText('Good call')).toBeInTheDocument());
    expect(within(recent).getAllByText(DAMAGED)).toHaveLength(2);
    // A due date that is no date reads as unknown: the commitment can still be done or opened.
    const pastDue = screen.getByRole('region', { name: /Past due/ });
    expect(within(pastDue).getByText('Send the broken proposal')).toBeInTheDocument();
    expect(within(pastDue).getByText('due unknown date')).toBeInTheDocument();
    noCrash();

    await user.click(screen.getByRole('button', { name: /Start call/ }));
    expect(await screen.findByRole('button', { name: /End call/ })).toBeInTheDocument();
    noCrash();
  });

  test('panel call page of a damaged call: marked, and it can be deleted from there', async () => {
    const user = userEvent.setup();
    render(<App db={db} />);
    useStore.getState().openCall(records.badDates.id);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent("This call's record is damaged");
    noCrash();
    await user.click(within(notice).getByRole('button', { name: /Delete/ }));
    await user.click(screen.getByRole('button', { name: 'Delete call' }));
    await waitFor(async () => expect(await db.calls.get(records.badDates.id)).toBeUndefined());
    // Back home, where the deletion can be undone as any other.
    expect(await screen.findByRole('region', { name: 'Recent calls' })).toBeInTheDocument();
    expect(screen.getByRole('log')).toHaveTextContent(/deleted/);
  });

  test('history: every sound call is listed, each damaged one marked on its own row', async () => {
    render(<FullPageApp db={db} />);
    await waitFor(() => expect(screen.getByText('Good call')).toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Calls' });
    await waitFor(() => expect(within(list).getAllByText(DAMAGED)).toHaveLength(2));
    expect(within(list).getByText('Call with a broken moment')).toBeInTheDocument();
    noCrash();
  });

  test('full-page call page of a damaged call, and of a call with a damaged moment', async () => {
    window.history.replaceState(
      null,
      '',
      formatRoute({ name: 'call', callId: records.noTally.id }),
    );
    render(<FullPageApp db={db} />);
    expect(await screen.findByText("This call's record is damaged")).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Reciprocity Coach' })).toBeInTheDocument();
    noCrash();
    cleanup();

    const callId = records.withBadMoment.id;
    window.history.replaceState(null, '', formatRoute({ name: 'call', callId }));
    render(<FullPageApp db={db} />);
    expect(
      await screen.findByRole('heading', { name: 'Call with a broken moment' }),
    ).toBeInTheDocument();
    noCrash();
  });

  test('partner page: the ledger and the sound calls show, the damaged ones are marked', async () => {
    const partnerId = records.partnerId;
    window.history.replaceState(null, '', formatRoute({ name: 'partner', partnerId }));
    render(<FullPageApp db={db} />);
    expect(await screen.findByRole('heading', { name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Across all calls' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Calls' });
    await waitFor(() => expect(within(list).getByText('Good call')).toBeInTheDocument());
    expect(within(list).getAllByText(DAMAGED)).toHaveLength(2);
    noCrash();
  });

  test('pre-call brief: a new call with the partner opens with its brief', async () => {
    await startCall(db, { title: 'Next call', partnerName: 'Acme' });
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: 'Next call' })).toBeInTheDocument();
    expect(await screen.findByText(/Brief: Acme/)).toBeInTheDocument();
    noCrash();
  });

  test('a damaged live call does not hold the panel: it is marked, deleted, and a call can start', async () => {
    await db.calls.put({ ...records.badDates, id: 'bad-live', endedAt: null, live: 1 });
    const user = userEvent.setup();
    render(<App db={db} />);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent("This call's record is damaged");
    await user.click(within(notice).getByRole('button', { name: /Delete/ }));
    await user.click(screen.getByRole('button', { name: 'Delete call' }));
    await user.click(await screen.findByRole('button', { name: /Start call/ }));
    expect(await screen.findByRole('button', { name: /End call/ })).toBeInTheDocument();
    noCrash();
  });

  test('a kept unsaved tag pressed at no date is listed, not a crash', async () => {
    await keepUnsavedTag({
      id: 'kept-at-no-date',
      side: 'them',
      kind: 'request',
      pressedAt: 1e300,
      error: 'Not saved: the write failed. Retry.',
    });
    render(<App db={db} />);
    const notice = await screen.findByRole('region', { name: 'A tag was not saved' });
    expect(notice).toHaveTextContent('unknown date');
    expect(screen.getByRole('button', { name: /Start call/ })).toBeInTheDocument();
    noCrash();
  });
});
