import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../components/shell/app';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { reopenCall } from '../../../lib/db/call-edits-repository';
import { endCall, getLiveCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment, addMoment, updateMoment } from '../../../lib/db/moments-repository';
import { dateTimeInputValue } from '../../../lib/domain/call-end';
import { useStore } from '../../../lib/store/store';
import { captureDownloads } from '../support/capture-downloads';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  db.close();
  vi.unstubAllGlobals();
});

async function openEndedCall() {
  const { call } = await startCall(
    db,
    {
      title: 'Acme intro',
      partnerName: 'Acme',
      prep: { goal: 'Agree a pilot', bring: '', need: '' },
    },
    0,
  );
  await addMissedMoment(db, call.id, {
    side: 'them',
    kind: 'request',
    offsetMs: 60_000,
    note: 'intro to the CTO',
  });
  await addMissedMoment(db, call.id, {
    side: 'me',
    kind: 'commitment',
    offsetMs: 120_000,
    note: 'send the deck',
  });
  await endCall(db, call.id, 600_000);
  useStore.getState().openCall(call.id);
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Acme intro', level: 1 });
  return { call, user };
}

const stored = async () => (await allMoments(db)).sort((a, b) => a.at - b.at);

describe('the call page', () => {
  test('asks whether the goal was reached and stores the answer', async () => {
    const { call, user } = await openEndedCall();
    expect(screen.getByText('Agree a pilot')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Partly'));
    await user.type(screen.getByLabelText('Why, in a line'), 'pilot yes, price open');
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));
    expect(await screen.findByText('Partly reached the goal')).toBeInTheDocument();
    expect((await db.calls.get(call.id))?.outcome).toEqual({
      reached: 'partly',
      why: 'pilot yes, price open',
    });
  });

  test('saving without choosing an answer says what is missing', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose yes, partly or no first.');
  });

  test('title, partner and notes are edited; HTML in the title stays text', async () => {
    const { call, user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Edit title, partner, notes/ }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, '<b>Renewal</b>');
    await user.clear(screen.getByLabelText('Partner (optional)'));
    await user.type(screen.getByLabelText('Partner (optional)'), 'Globex');
    await user.type(screen.getByLabelText('Notes (optional)'), 'They want a pilot');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { name: '<b>Renewal</b>', level: 1 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Globex' })).toBeInTheDocument();
    expect(screen.getByText('They want a pilot')).toBeInTheDocument();
    expect((await db.calls.get(call.id))?.title).toBe('<b>Renewal</b>');
  });

  test('a moment’s kind, side, weight, time and note are corrected; the summary follows', async () => {
    const { call, user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: 'Edit Them Asked at 1:00' }));
    const editor = screen.getByRole('form', { name: 'Edit moment' });
    await user.selectOptions(within(editor).getByLabelText('Kind'), 'Offered value');
    await user.selectOptions(within(editor).getByLabelText('Weight'), '2');
    const time = within(editor).getByLabelText('Time (min:sec)');
    await user.clear(time);
    await user.type(time, '3:30');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored())[1]).toMatchObject({ kind: 'value', weight: 2, offsetMs: 210_000 }),
    );
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(2);
    expect(
      within(screen.getByRole('list', { name: 'Timeline' })).getByText('×2'),
    ).toBeInTheDocument();
  });

  test('a time that is not a time is refused with a message', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: 'Edit Them Asked at 1:00' }));
    const time = screen.getByLabelText('Time (min:sec)');
    await user.clear(time);
    await user.type(time, 'soon');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“soon” is not a time');
    expect((await stored())[0]?.offsetMs).toBe(60_000);
  });

  test('a deleted moment can be brought back with undo', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: 'Edit Them Asked at 1:00' }));
    await user.click(
      within(screen.getByRole('form', { name: 'Edit moment' })).getByRole('button', {
        name: /Delete/,
      }),
    );
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect(await stored()).toHaveLength(2));
    expect((await stored())[0]?.note).toBe('intro to the CTO');
  });

  test('a missed moment is added at the chosen time', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Add a missed moment/ }));
    const form = screen.getByRole('form', { name: 'Add a missed moment' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Offered help');
    await user.type(within(form).getByLabelText('Time (min:sec)'), '5:00');
    await user.type(within(form).getByLabelText('Note'), 'offered an intro');
    await user.click(within(form).getByRole('button', { name: 'Add moment' }));
    await waitFor(async () =>
      expect(await stored()).toContainEqual(
        expect.objectContaining({
          kind: 'offer-help',
          side: 'them',
          offsetMs: 300_000,
          note: 'offered an intro',
        }),
      ),
    );
  });

  test('asks and commitments are listed with their state and can be followed up', async () => {
    const { call, user } = await openEndedCall();
    const theyAsked = screen.getByRole('list', { name: /What they asked of me/ });
    expect(theyAsked).toHaveTextContent('intro to the CTO');
    expect(screen.getByText('You asked for nothing.')).toBeInTheDocument();
    await user.selectOptions(within(theyAsked).getByLabelText(/State of/), 'Answered');
    const commitments = screen.getByRole('list', { name: /Who committed to what/ });
    expect(commitments).toHaveTextContent('send the deck');
    await user.type(within(commitments).getByLabelText(/Due date for/), '2020-01-31');
    await waitFor(async () => {
      const [ask, commitment] = await stored();
      expect(ask?.state).toBe('answered');
      expect(commitment?.dueAt).toBeDefined();
    });
    expect(await within(commitments).findByText('Past due')).toBeInTheDocument();
    expect((await db.calls.get(call.id))?.tally.openAsks.them).toBe(0);
  });

  test('a call ended by mistake is reopened and the live screen returns', async () => {
    const { call, user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Reopen/ }));
    expect(await screen.findByRole('button', { name: /End call/ })).toBeInTheDocument();
    expect((await getLiveCall(db))?.id).toBe(call.id);
  });
});

describe('the partner of a call', () => {
  test('a partner name close to a known one asks "Did you mean…?" in the details form', async () => {
    const { call, user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Edit title, partner, notes/ }));
    const field = screen.getByLabelText('Partner (optional)');
    await user.clear(field);
    await user.type(field, 'acme inc');
    await user.click(await screen.findByRole('button', { name: 'Use Acme' }));
    expect(field).toHaveValue('Acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.partners.count()).toBe(1));
    expect((await db.calls.get(call.id))?.partnerId).toBe((await db.partners.toArray())[0]?.id);
  });
});

describe('when the call ended', () => {
  const meta = () => document.querySelector('.call-meta')?.textContent ?? '';

  test('the end time is changed on the call page; a wrong one is refused saying why', async () => {
    const { call, user } = await openEndedCall();
    expect(meta()).toMatch(/· 10 min/);
    await user.click(screen.getByRole('button', { name: /Change the end time/ }));
    const field = screen.getByLabelText('Ended at');
    expect(field).toHaveValue(dateTimeInputValue(600_000));
    // Before the commitment tagged at 2:00.
    fireEvent.change(field, { target: { value: dateTimeInputValue(60_000) } });
    await user.click(screen.getByRole('button', { name: 'Save end time' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/cannot be before the last moment/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(field, { target: { value: dateTimeInputValue(-60_000) } });
    await user.click(screen.getByRole('button', { name: 'Save end time' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/must be after the start/);
    expect((await db.calls.get(call.id))?.endedAt).toBe(600_000);
    fireEvent.change(field, { target: { value: dateTimeInputValue(300_000) } });
    await user.click(screen.getByRole('button', { name: 'Save end time' }));
    await waitFor(() => expect(meta()).toMatch(/· 5 min/));
    expect((await db.calls.get(call.id))?.endedAt).toBe(300_000);
  });

  test('on the full page a reopened call is ended at a time offered from its first end', async () => {
    const { call } = await startCall(db, { title: 'Reopened' }, 0);
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 60_000 });
    await endCall(db, call.id, 600_000);
    await reopenCall(db, call.id);
    window.history.replaceState(null, '', `#/call/${call.id}`);
    const user = userEvent.setup();
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { name: 'Reopened', level: 1 });
    expect(meta()).toMatch(/· live/);
    await user.click(screen.getByRole('button', { name: /End the call at a time you choose/ }));
    expect(screen.getByLabelText('End at')).toHaveValue(dateTimeInputValue(600_000));
    await user.click(screen.getByRole('button', { name: 'End call' }));
    await waitFor(() => expect(meta()).toMatch(/· 10 min/));
    expect(await db.calls.get(call.id)).toMatchObject({ endedAt: 600_000 });
    window.history.replaceState(null, '', '#/');
  });

  test('a call reopened long after and ended again keeps its length', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Reopen/ }));
    await user.click(await screen.findByRole('button', { name: /End call/ }));
    await screen.findByRole('button', { name: 'Back' });
    await waitFor(() => expect(meta()).toMatch(/· 10 min/));
  });
});

describe('exporting a call', () => {
  test('a commitment with a due date goes to the calendar as an .ics file; none, and the button says why', async () => {
    const { call, user } = await openEndedCall();
    const button = screen.getByRole('button', { name: /Commitments to calendar/ });
    expect(button).toBeDisabled();
    const commitment = (await stored()).find((m) => m.kind === 'commitment');
    await updateMoment(
      db,
      { callId: call.id, id: commitment?.id ?? '' },
      { dueAt: Date.UTC(2026, 11, 11, 12) },
    );
    await waitFor(() => expect(button).toBeEnabled());
    const files = await captureDownloads(async (caught) => {
      await user.click(button);
      await waitFor(() => expect(caught).toHaveLength(1));
    });
    const [file] = files;
    expect(file?.type).toBe('text/calendar');
    const text = (await file?.text()) ?? '';
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('Acme: send the deck');
    expect(String(event?.getFirstPropertyValue('url'))).toContain(`calls.html#/call/${call.id}`);
  });

  test('where the browser takes both, Copy Markdown adds the call as HTML for e-mail and documents', async () => {
    const { user } = await openEndedCall();
    const items: Array<Record<string, Blob | Promise<Blob>>> = [];
    // The platform's clipboard item, as Chromium and Firefox have it (jsdom has none).
    class FakeClipboardItem {
      constructor(readonly parts: Record<string, Blob | Promise<Blob>>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.spyOn(navigator.clipboard, 'write').mockImplementation(async (data) => {
      for (const item of data) items.push((item as unknown as FakeClipboardItem).parts);
    });
    await user.click(screen.getByRole('button', { name: /Copy Markdown/ }));
    await screen.findByText(/^Copied: Markdown/);
    const [item] = items;
    expect(await (await item?.['text/plain'])?.text()).toContain('# Acme intro');
    const html = (await (await item?.['text/html'])?.text()) ?? '';
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Acme intro');
    expect(doc.querySelectorAll('li').length).toBeGreaterThan(2);
  });

  test('Copy Markdown puts the whole call on the clipboard; anonymise hides the partner and names', async () => {
    const { user } = await openEndedCall();
    await user.click(screen.getByRole('button', { name: /Copy Markdown/ }));
    expect(await screen.findByText(/^Copied: Markdown/)).toBeInTheDocument();
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('# Acme intro');
    expect(markdown).toContain('Agree a pilot');
    expect(markdown).toContain('intro to the CTO');
    expect(markdown).toContain('send the deck');
    await user.click(screen.getByLabelText(/Anonymise/));
    await user.type(screen.getByLabelText(/Other names to hide/), 'CTO');
    await user.click(screen.getByRole('button', { name: /Copy Markdown/ }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).not.toContain('Acme'));
    expect(await navigator.clipboard.readText()).not.toContain('CTO');
  });
});

describe('follow-up elsewhere', () => {
  test('a call with a known partner opens with a brief: the last verdict, the trend, what is open', async () => {
    const { call: earlier } = await startCall(db, { title: 'Earlier', partnerName: 'Acme' }, 0);
    for (const at of [1, 2, 3]) {
      await addMissedMoment(db, earlier.id, {
        side: 'them',
        kind: 'request',
        offsetMs: at,
        note: `ask ${at}`,
      });
    }
    await addMissedMoment(db, earlier.id, { side: 'me', kind: 'value', offsetMs: 4 });
    await endCall(db, earlier.id, 60_000);
    await startCall(db, { title: 'Today', partnerName: 'acme' }, 100_000);
    render(<App db={db} />);
    const brief = await screen.findByText(/Brief: Acme/);
    const details = brief.closest('details');
    if (!details) throw new Error('the brief is not a disclosure');
    expect(within(details).getByText('One-sided: they only took')).toBeInTheDocument();
    expect(within(details).getByText(/Too early to tell/)).toBeInTheDocument();
    expect(within(details).getAllByRole('listitem')).toHaveLength(3);
    expect(within(details).getAllByRole('listitem')[0]).toHaveTextContent(
      /^They asked for: ask \d$/,
    );
  });

  test('the brief says who asked or committed to what, and marks what is past due', async () => {
    const { call: earlier } = await startCall(db, { title: 'Earlier', partnerName: 'Acme' }, 0);
    await addMissedMoment(db, earlier.id, {
      side: 'me',
      kind: 'commitment',
      offsetMs: 1,
      note: 'send the deck',
      dueAt: new Date(2020, 0, 31, 23, 59, 59, 999).getTime(),
    });
    await addMissedMoment(db, earlier.id, {
      side: 'them',
      kind: 'request',
      offsetMs: 2,
      note: 'asked for our pricing sheet',
    });
    await endCall(db, earlier.id, 60_000);
    await startCall(db, { title: 'Today', partnerName: 'Acme' }, 100_000);
    render(<App db={db} />);
    // The live screen and its brief load lazily: on a loaded machine that takes over a second.
    const open = await screen.findByRole(
      'list',
      { name: 'Still open from earlier calls' },
      { timeout: 5_000 },
    );
    const items = within(open)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'They asked for our pricing sheet',
      expect.stringMatching(
        /^You committed to: send the deck · past due since (Jan 31|31 Jan), 2020$/,
      ),
    ]);
    expect(within(open).getByText(/past due since/)).toHaveClass('past-due');
  });

  test('the live screen shows the call’s prep collapsed and its open asks, answerable in one click', async () => {
    const { call } = await startCall(db, {
      title: 'Live',
      prep: { goal: 'Get API access', bring: '', need: '' },
    });
    await addMoment(db, call.id, {
      side: 'them',
      kind: 'request',
      pressedAt: Date.now(),
      note: 'pilot pricing',
    });
    const user = userEvent.setup();
    render(<App db={db} />);
    expect(await screen.findByText('Goal: Get API access')).toBeInTheDocument();
    const asks = await screen.findByRole('region', { name: /Open asks/ });
    await user.click(within(asks).getByRole('button', { name: 'Mark answered: pilot pricing' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Open asks/ })).toBeNull());
    expect((await stored())[0]?.state).toBe('answered');
  });

  test('commitments past due are on the home screen and can be marked done', async () => {
    const { call } = await startCall(db, { title: 'Old call' }, 0);
    await addMoment(db, call.id, {
      side: 'me',
      kind: 'commitment',
      pressedAt: 10_000,
      note: 'send the deck',
      dueAt: 1,
    });
    await endCall(db, call.id, 60_000);
    const user = userEvent.setup();
    render(<App db={db} />);
    const overdue = await screen.findByRole('region', { name: /Past due/ });
    expect(overdue).toHaveTextContent('send the deck');
    expect(within(overdue).getByRole('button', { name: 'Old call' })).toBeInTheDocument();
    await user.click(within(overdue).getByRole('button', { name: 'Mark done: send the deck' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Past due/ })).toBeNull());
  });

  test('the home screen lists the latest past-due commitments, with the year of older ones, and every one on request', async () => {
    const year = 365 * 86_400_000;
    // Seven calls a day apart, a year and more ago, each with one commitment due a day later.
    for (let i = 0; i < 7; i++) {
      const start = Date.now() - 2 * year + i * 86_400_000;
      const { call } = await startCall(db, { title: `Call ${i}` }, start);
      await addMoment(db, call.id, {
        side: 'me',
        kind: 'commitment',
        pressedAt: start + 1_000,
        note: `promise ${i}`,
        dueAt: start + 86_400_000,
      });
      await endCall(db, call.id, start + 60_000);
    }
    const user = userEvent.setup();
    render(<App db={db} />);
    const overdue = await screen.findByRole('region', { name: /Past due/ });
    const items = () => within(overdue).getAllByRole('listitem');
    expect(items().map((li) => li.textContent)).toEqual(
      [6, 5, 4, 3, 2].map((i) => expect.stringContaining(`promise ${i}`)),
    );
    expect(within(overdue).getByText('5+')).toBeInTheDocument();
    const due = new Date(Date.now() - 2 * year + 7 * 86_400_000).getFullYear();
    expect(items()[0]).toHaveTextContent(String(due));
    await user.click(
      within(overdue).getByRole('button', { name: 'Show every past-due commitment' }),
    );
    await waitFor(() => expect(items()).toHaveLength(7));
    expect(within(overdue).getByText('7')).toBeInTheDocument();
  });
});
