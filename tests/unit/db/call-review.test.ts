import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { reopenCall, updateCall } from '../../../lib/db/call-edits-repository';
import { endCall, getLiveCall, setCallEnd, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { openMomentsOfCalls, pastDueCommitments } from '../../../lib/db/follow-ups-repository';
import { addMissedMoment, addMoment, updateMoment } from '../../../lib/db/moments-repository';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function endedCall(title = 'Intro') {
  const { call } = await startCall(db, { title, partnerName: 'Acme' }, 0);
  return endCall(db, call.id, 600_000);
}

describe('reviewing a call', () => {
  test('title, partner, notes, prep and outcome are edited in one action; search follows', async () => {
    const call = await endedCall();
    const updated = await updateCall(db, call.id, {
      title: '  Acme   <b>renewal</b> ',
      partnerName: 'Globex',
      notes: 'They want a pilot',
      prep: { goal: 'Agree a pilot', bring: '', need: 'A champion' },
      outcome: { reached: 'partly', why: 'Pilot yes, price open' },
    });
    expect(updated).toMatchObject({
      title: 'Acme <b>renewal</b>',
      notes: 'They want a pilot',
      prep: { goal: 'Agree a pilot', bring: '', need: 'A champion' },
      outcome: { reached: 'partly', why: 'Pilot yes, price open' },
    });
    expect((await db.partners.get(updated.partnerId ?? ''))?.name).toBe('Globex');
    expect(await db.calls.where('words').equals('pilot').primaryKeys()).toEqual([call.id]);
    expect(await db.calls.where('words').equals('globex').count()).toBe(1);
    const cleared = await updateCall(db, call.id, { partnerName: '', prep: null, outcome: null });
    expect(cleared.partnerId).toBeUndefined();
    expect(cleared.prep).toBeUndefined();
    expect(cleared.outcome).toBeUndefined();
  });

  test('an empty title keeps the old one; empty prep is no prep', async () => {
    const call = await endedCall('Kept');
    const updated = await updateCall(db, call.id, {
      title: '   ',
      prep: { goal: ' ', bring: '', need: '' },
    });
    expect(updated.title).toBe('Kept');
    expect(updated.prep).toBeUndefined();
  });

  test('a missed moment is added at the chosen time, inside the call, and counted', async () => {
    const call = await endedCall();
    const moment = await addMissedMoment(db, call.id, {
      side: 'them',
      kind: 'value',
      offsetMs: 120_000,
      note: 'intro to Dana',
    });
    expect(moment).toMatchObject({ at: 120_000, offsetMs: 120_000, note: 'intro to Dana' });
    const late = await addMissedMoment(db, call.id, { side: 'me', kind: 'note', offsetMs: 9e9 });
    expect(late.offsetMs).toBe(600_000);
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(1);
  });

  test('changing a moment’s time moves it and keeps it inside the call', async () => {
    const call = await endedCall();
    const moment = await addMissedMoment(db, call.id, {
      side: 'them',
      kind: 'request',
      offsetMs: 1,
    });
    expect(await updateMoment(db, moment, { offsetMs: 300_000 })).toMatchObject({
      offsetMs: 300_000,
      at: 300_000,
    });
    expect((await updateMoment(db, moment, { offsetMs: -5 })).offsetMs).toBe(0);
  });

  test('a call ended by mistake is reopened, unless another call is live', async () => {
    const first = await endedCall('First');
    const reopened = await reopenCall(db, first.id, 700_000);
    expect(reopened).toMatchObject({ endedAt: null, live: 1 });
    expect((await getLiveCall(db))?.id).toBe(first.id);
    await endCall(db, first.id, 800_000);
    await startCall(db, { title: 'Second' }, 900_000);
    await expect(reopenCall(db, first.id)).rejects.toThrow(/“Second” is live/);
  });
});

describe('when a call ended', () => {
  const MIN = 60_000;
  const DAY = 24 * 60 * MIN;

  test('a call reopened the next day and ended again keeps its length, not 24 hours more', async () => {
    const first = await endedCall('First');
    await addMissedMoment(db, first.id, { side: 'them', kind: 'request', offsetMs: 5 * MIN });
    await reopenCall(db, first.id, DAY);
    const ended = await endCall(db, first.id, DAY + 2 * MIN);
    expect(ended.endedAt).toBe(600_000);
    expect(ended).not.toHaveProperty('endedBeforeReopen');
    expect(ended).not.toHaveProperty('live');
  });

  test('a call reopened and picked up again at once ends now', async () => {
    const first = await endedCall('First');
    await reopenCall(db, first.id, 11 * MIN);
    expect((await endCall(db, first.id, 25 * MIN)).endedAt).toBe(25 * MIN);
  });

  test('the user sets the end; a wrong one is refused naming why, and nothing is written', async () => {
    const call = await endedCall();
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 8 * MIN });
    const now = DAY;
    await expect(setCallEnd(db, call.id, -1, now)).rejects.toThrow(/after the start/);
    await expect(setCallEnd(db, call.id, 2 * DAY, now)).rejects.toThrow(/in the future/);
    await expect(setCallEnd(db, call.id, 7 * MIN, now)).rejects.toThrow(/before the last moment/);
    expect((await db.calls.get(call.id))?.endedAt).toBe(600_000);
    const updated = await setCallEnd(db, call.id, 9 * MIN, now);
    expect(updated.endedAt).toBe(9 * MIN);
    expect((await db.calls.get(call.id))?.endedAt).toBe(9 * MIN);
  });

  test('a reopened (live) call is ended at the time the user chose', async () => {
    const call = await endedCall();
    await reopenCall(db, call.id, DAY);
    const ended = await setCallEnd(db, call.id, 12 * MIN, DAY + MIN);
    expect(ended).toMatchObject({ endedAt: 12 * MIN });
    expect(await getLiveCall(db)).toBeUndefined();
    expect(await db.calls.get(call.id)).not.toHaveProperty('endedBeforeReopen');
  });
});

describe('asks and commitments', () => {
  test('asks are open until answered or declined; the tally and the open index follow', async () => {
    const call = await endedCall();
    const ask = await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 1 });
    expect(ask.open).toBe(1);
    expect((await db.calls.get(call.id))?.tally.openAsks).toEqual({ them: 1, me: 0 });
    const answered = await updateMoment(db, ask, { state: 'answered' });
    expect(answered.open).toBeUndefined();
    expect(await openMomentsOfCalls(db, [call.id])).toEqual([]);
    expect((await db.calls.get(call.id))?.tally.openAsks).toEqual({ them: 0, me: 0 });
  });

  test('a moment that stops being an ask leaves the open list', async () => {
    const call = await endedCall();
    const ask = await addMissedMoment(db, call.id, { side: 'me', kind: 'request', offsetMs: 1 });
    await updateMoment(db, ask, { kind: 'value' });
    expect(await openMomentsOfCalls(db, [call.id])).toEqual([]);
  });

  test('commitments past their due date are found across calls, most recently due first, the latest few alone on request', async () => {
    const { call } = await startCall(db, { title: 'Live' }, 0);
    const day = 86_400_000;
    const late = await addMoment(db, call.id, {
      side: 'me',
      kind: 'commitment',
      pressedAt: 10_000,
      note: 'send the deck',
      dueAt: 2 * day,
    });
    const later = await addMoment(db, call.id, {
      side: 'them',
      kind: 'commitment',
      pressedAt: 20_000,
      dueAt: 1 * day,
    });
    await addMoment(db, call.id, {
      side: 'them',
      kind: 'commitment',
      pressedAt: 30_000,
      dueAt: 9 * day,
    });
    const done = await addMoment(db, call.id, {
      side: 'me',
      kind: 'commitment',
      pressedAt: 40_000,
      dueAt: 0,
    });
    await updateMoment(db, done, { state: 'done' });
    const overdue = await pastDueCommitments(db, 3 * day);
    expect(overdue.map((o) => o.moment.id)).toEqual([late.id, later.id]);
    expect(overdue[0]?.call.title).toBe('Live');
    expect((await pastDueCommitments(db, 3 * day, 1)).map((o) => o.moment.id)).toEqual([late.id]);
    await updateMoment(db, late, { dueAt: null });
    expect((await pastDueCommitments(db, 3 * day)).map((o) => o.moment.id)).toEqual([later.id]);
  });

  test('a due date only sticks to commitments', async () => {
    const call = await endedCall();
    const m = await addMissedMoment(db, call.id, {
      side: 'them',
      kind: 'value',
      offsetMs: 1,
      dueAt: 5,
    });
    expect(m.dueAt).toBeUndefined();
  });
});
