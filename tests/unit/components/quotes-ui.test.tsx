import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../components/shell/app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment, tagLiveCall } from '../../../lib/db/moments-repository';
import { attachQuoteIn, recordCaptionLinesIn } from '../../../lib/db/quotes-repository';
import { setPreference } from '../../../lib/db/settings-repository';
import type { QuoteLine } from '../../../lib/domain/model';
import { useStore } from '../../../lib/store/store';
import { freshDatabase } from '../support/fresh-database';
import { storedMoment } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const DANA: QuoteLine = { speaker: 'Dana', text: 'could you send the deck', mine: false };
const LONG: QuoteLine[] = [
  { speaker: 'Dana', text: 'so about the pilot', mine: false },
  { speaker: 'You', text: 'yes', mine: true },
  { speaker: 'Dana', text: 'could you send the deck and the pricing sheet by Friday', mine: false },
];

async function endedCall(options: { side?: 'me' | 'them'; quote?: QuoteLine[] } = {}) {
  const { call } = await startCall(db, { title: 'Acme intro' }, 0);
  const m = await addMissedMoment(db, call.id, {
    side: options.side ?? 'them',
    kind: 'request',
    offsetMs: 60_000,
  });
  await attachQuoteIn(db, call.id, m.id, options.quote ?? [DANA]);
  await endCall(db, call.id, 600_000);
  return { call, moment: m };
}

async function openCallPage(callId: string) {
  useStore.getState().openCall(callId);
  const user = userEvent.setup();
  render(<App db={db} />);
  await screen.findByRole('heading', { name: 'Acme intro', level: 1 }, { timeout: 5_000 });
  return user;
}

describe('quotes on the call page', () => {
  test('the quote shows under its moment in the timeline, speaker and words', async () => {
    const { call } = await endedCall();
    await openCallPage(call.id);
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(within(timeline).getByText('Dana:')).toBeInTheDocument();
    expect(within(timeline).getByText('could you send the deck').tagName).toBe('Q');
    expect(within(timeline).queryByRole('button', { name: 'more' })).toBeNull();
  });

  test('a long quote is clamped with a "more" toggle', async () => {
    const { call } = await endedCall({ quote: LONG });
    const user = await openCallPage(call.id);
    const more = screen.getByRole('button', { name: 'more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(screen.getByRole('button', { name: 'less' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the quote is edited and removed through the moment editor', async () => {
    const { call, moment } = await endedCall();
    const user = await openCallPage(call.id);
    await user.click(screen.getByRole('button', { name: /^Edit Them/ }));
    const field = screen.getByLabelText('Quote');
    expect(field).toHaveValue('Dana: could you send the deck');
    await user.clear(field);
    await user.type(field, 'Dana: send the pricing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await storedMoment(db, moment.id))?.quote).toEqual([
        { speaker: 'Dana', text: 'send the pricing', mine: false },
      ]),
    );
    await user.click(screen.getByRole('button', { name: /^Edit Them/ }));
    await user.clear(screen.getByLabelText('Quote'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.quote).toBeUndefined());
  });

  test('"Said by Dana — switch to Them?" switches the side on one click, with Undo', async () => {
    const { call, moment } = await endedCall({ side: 'me' });
    const user = await openCallPage(call.id);
    expect(screen.getByText('Said by Dana —')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'switch to Them?' }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.side).toBe('them'));
    await waitFor(() => expect(screen.queryByText('Said by Dana —')).toBeNull());
    await user.click(await screen.findByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.side).toBe('me'));
  });

  test('"Keep" stops asking for that moment, and the side stays', async () => {
    const { call, moment } = await endedCall({ side: 'me' });
    const user = await openCallPage(call.id);
    await user.click(screen.getByRole('button', { name: 'Keep Me and stop asking' }));
    await waitFor(() => expect(screen.queryByText('Said by Dana —')).toBeNull());
    const stored = await storedMoment(db, moment.id);
    expect(stored?.side).toBe('me');
    expect(stored?.quoteSideDismissed).toBe(true);
  });

  test('talk share and questions per side show only when captions covered the call', async () => {
    const { call } = await endedCall();
    await openCallPage(call.id);
    expect(screen.queryByRole('heading', { name: 'Talk and questions' })).toBeNull();
  });

  test('talk share: each side’s share of the words and its questions', async () => {
    const { call } = await endedCall();
    await recordCaptionLinesIn(db, call.id, [
      { speaker: 'Dana', text: 'Could you send the deck', mine: false, startedAt: 1, endedAt: 2 },
      { speaker: 'You', text: 'Sure, Friday?', mine: true, startedAt: 3, endedAt: 4 },
      { speaker: 'Dana', text: 'Great', mine: false, startedAt: 5, endedAt: 6 },
    ]);
    await openCallPage(call.id);
    const card = screen.getByRole('region', { name: 'Talk and questions' });
    expect(card).toHaveTextContent('Them75% of the words (6) · 1 question');
    expect(card).toHaveTextContent('Me25% of the words (2) · 1 question');
    expect(card).toHaveTextContent('not part of the verdict');
  });

  test('a kept transcript shows with each tag at its time; Next tag moves the focus to it', async () => {
    await setPreference(db, 'captionsKept', 'transcript');
    const { call } = await endedCall();
    await recordCaptionLinesIn(db, call.id, [
      { speaker: 'Dana', text: 'hello', mine: false, startedAt: 30_000, endedAt: 31_000 },
      { speaker: 'Dana', text: 'the deck?', mine: false, startedAt: 90_000, endedAt: 91_000 },
    ]);
    const user = await openCallPage(call.id);
    const region = await screen.findByRole('region', { name: 'Transcript lines' });
    const rows = within(region).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      '0:30Dana: hello',
      '1:00ThemAskedtagged here',
      '1:30Dana: the deck?',
    ]);
    await user.click(screen.getByRole('button', { name: 'Next tag' }));
    expect(rows[1]).toHaveFocus();
    expect(screen.getByText('Tag 1 of 1')).toBeInTheDocument();
  });

  test('a red flag shown in the timeline shows the quotes behind it', async () => {
    const { call } = await startCall(db, { title: 'Acme intro' }, 0);
    for (const offsetMs of [10_000, 20_000, 30_000]) {
      const m = await addMissedMoment(db, call.id, { side: 'them', kind: 'proprietary', offsetMs });
      await attachQuoteIn(db, call.id, m.id, [
        { ...DANA, text: `what is your margin ${offsetMs}` },
      ]);
    }
    await endCall(db, call.id, 600_000);
    const user = await openCallPage(call.id);
    const flags = screen.getByRole('list', { name: 'Red flags' });
    await user.click(
      within(flags).getAllByRole('button', { name: 'Show moments' })[0] as HTMLElement,
    );
    const said = within(flags).getByRole('list', { name: 'What was said' });
    expect(within(said).getByText('what is your margin 10000')).toBeInTheDocument();
  });
});

describe('quotes in the live moments list', () => {
  test('a quote attached after the tag appears under it, with the side question', async () => {
    const { call } = await startCall(db, { title: 'Live one' });
    const { moment } = await tagLiveCall(db, {
      side: 'me',
      kind: 'request',
      pressedAt: Date.now(),
    });
    const user = userEvent.setup();
    render(<App db={db} />);
    await screen.findByRole('heading', { name: 'Live one' });
    await attachQuoteIn(db, call.id, moment.id, [DANA]);
    const list = await screen.findByRole('list', { name: 'Moments, newest first' });
    expect(await within(list).findByText('could you send the deck')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'switch to Them?' }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.side).toBe('them'));
  });

  test('the live list removes a quote in one click, and Undo brings it back', async () => {
    const { call } = await startCall(db, { title: 'Live one' });
    const { moment } = await tagLiveCall(db, {
      side: 'them',
      kind: 'request',
      pressedAt: Date.now(),
    });
    await attachQuoteIn(db, call.id, moment.id, [DANA]);
    const user = userEvent.setup();
    render(<App db={db} />);
    const list = await screen.findByRole('list', { name: 'Moments, newest first' });
    await user.click(await within(list).findByRole('button', { name: 'Remove quote' }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.quote).toBeUndefined());
    await waitFor(() => expect(within(list).queryByText('could you send the deck')).toBeNull());
    const notices = screen.getByRole('log', { name: 'Undo' });
    await user.click(await within(notices).findByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect((await storedMoment(db, moment.id))?.quote).toEqual([DANA]));
  });
});
