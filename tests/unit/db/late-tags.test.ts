import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, getLiveCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { saveLateTag, SHORTCUT_CALL_TITLE } from '../../../lib/db/late-tags';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const LEAD = 5_000;
const DAY = 86_400_000;
const MIN = 60_000;

describe('saveLateTag', () => {
  test('goes into the call it names, stamped from when the key was pressed, even once that call ended', async () => {
    const { call } = await startCall(db, { title: 'Earlier' }, 100_000);
    await endCall(db, call.id, 400_000);
    const moment = await saveLateTag(db, {
      id: 'late-1',
      callId: call.id,
      side: 'them',
      kind: 'request',
      pressedAt: 160_000,
    });
    expect(moment).toMatchObject({ id: 'late-1', callId: call.id, offsetMs: 60_000 - LEAD });
    expect((await db.calls.get(call.id))?.tally.total).toBe(1);
  });

  test('without a call, goes into the call that was running when the key was pressed', async () => {
    const { call: first } = await startCall(db, { title: 'First' }, 100_000);
    await endCall(db, first.id, 200_000);
    await startCall(db, { title: 'Now live' }, 300_000);
    const moment = await saveLateTag(db, {
      id: 'late-2',
      side: 'me',
      kind: 'value',
      pressedAt: 150_000,
    });
    expect(moment.callId).toBe(first.id);
  });

  test('pressed moments ago with no call running, it starts the live call, as the shortcut would have', async () => {
    const moment = await saveLateTag(
      db,
      { id: 'late-3', side: 'them', kind: 'note', pressedAt: 50_000 },
      60_000,
    );
    const live = await getLiveCall(db);
    expect(moment.callId).toBe(live?.id);
    expect(live?.startedAt).toBe(50_000);
  });

  test('pressed long ago, or before the live call began, it gets an ended call of its own at that time', async () => {
    const { call: live } = await startCall(db, { title: 'Today' }, 10 * DAY);
    const moment = await saveLateTag(
      db,
      { id: 'late-5', side: 'them', kind: 'proprietary', pressedAt: 3 * DAY },
      10 * DAY + 60_000,
    );
    expect(moment.callId).not.toBe(live.id);
    const own = await db.calls.get(moment.callId);
    expect(own).toMatchObject({
      title: SHORTCUT_CALL_TITLE,
      startedAt: 3 * DAY,
      endedAt: 3 * DAY,
    });
    expect(own?.tally.total).toBe(1);
    expect((await getLiveCall(db))?.id).toBe(live.id);
    expect((await db.calls.get(live.id))?.tally.total).toBe(0);
  });

  test('pressed moments ago, but a call has run since: an ended call of its own, not a live one dated before it', async () => {
    const now = 100 * MIN;
    const { call } = await startCall(db, { title: 'Since' }, now - 10 * MIN);
    await endCall(db, call.id, now - 2 * MIN);
    const moment = await saveLateTag(
      db,
      { id: 'late-6', side: 'them', kind: 'request', pressedAt: now - 12 * MIN },
      now,
    );
    expect(await getLiveCall(db)).toBeUndefined();
    expect(await db.calls.get(moment.callId)).toMatchObject({
      title: SHORTCUT_CALL_TITLE,
      startedAt: now - 12 * MIN,
    });
  });

  test('a burst of tags pressed with no call running, saved later, stays together in one call', async () => {
    const now = 10 * DAY;
    const presses = [3 * DAY, 3 * DAY + 5_000, 3 * DAY + 10_000, 3 * DAY + 4 * MIN];
    for (const [i, pressedAt] of presses.entries()) {
      await saveLateTag(db, { id: `burst-${i}`, side: 'them', kind: 'request', pressedAt }, now);
    }
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ startedAt: 3 * DAY, endedAt: 3 * DAY + 4 * MIN });
    expect(calls[0]?.tally.total).toBe(4);
    // A press much later is another occasion: a call of its own.
    await saveLateTag(db, { id: 'later', side: 'me', kind: 'value', pressedAt: 4 * DAY }, now);
    expect(await db.calls.count()).toBe(2);
  });

  test('a burst pressed around the 15-minute mark still stays together, in the call of its first tag', async () => {
    const now = 200 * MIN;
    for (const [i, ago] of [16, 15.5, 14, 13].entries()) {
      await saveLateTag(
        db,
        { id: `edge-${i}`, side: 'them', kind: 'request', pressedAt: now - ago * MIN },
        now,
      );
    }
    expect(await db.calls.count()).toBe(1);
    expect(await getLiveCall(db)).toBeUndefined();
  });

  test('saved twice, it is still one moment', async () => {
    const { call } = await startCall(db, { title: 'Once' }, 0);
    const tag = {
      id: 'late-4',
      callId: call.id,
      side: 'them',
      kind: 'value',
      pressedAt: 9_000,
    } as const;
    await saveLateTag(db, tag);
    await saveLateTag(db, tag);
    expect(await allMoments(db)).toHaveLength(1);
    expect((await db.calls.get(call.id))?.tally.total).toBe(1);
  });
});
