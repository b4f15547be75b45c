import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, getLiveCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import {
  addMoment,
  deleteMoment,
  momentsOfCall,
  restoreMoment,
  tagLiveCall,
  updateMoment,
} from '../../../lib/db/moments-repository';
import { setLeadTimeMs } from '../../../lib/db/settings-repository';
import { freshDatabase } from '../support/fresh-database';
import { allMoments, storedMoment } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function liveCallAt(startedAt: number) {
  return (await startCall(db, { title: 'Call' }, startedAt)).call;
}

describe('moments', () => {
  test('a tag is stamped the lead time before the key press and updates the tally', async () => {
    const call = await liveCallAt(100_000);
    const moment = await addMoment(db, call.id, {
      side: 'them',
      kind: 'request',
      pressedAt: 130_000,
    });
    expect(moment).toMatchObject({ at: 125_000, offsetMs: 25_000, note: '', weight: 1 });
    const stored = await db.calls.get(call.id);
    expect(stored?.tally.counts.them).toEqual({ request: 1 });
    expect(stored?.tally.total).toBe(1);
  });

  test('tags after another writer’s changes build on the stored rows, losing nothing', async () => {
    const call = await liveCallAt(100_000);
    const tag = (kind: string) =>
      addMoment(db, call.id, { side: 'them', kind, pressedAt: 200_000 });
    const first = await tag('request');
    await tag('value');
    // Between this context's tags: the background's shortcut, an edit, a title change.
    await tagLiveCall(db, { side: 'me', kind: 'offer-help', pressedAt: 210_000 });
    await updateMoment(db, first, { note: 'an intro to their CTO' });
    await db.calls.update(call.id, { title: 'Renamed elsewhere' });
    await tag('proprietary');
    await tag('evasive');
    const moments = await momentsOfCall(db, call.id);
    expect(moments.map((m) => m.kind).sort()).toEqual(
      ['evasive', 'offer-help', 'proprietary', 'request', 'value'].sort(),
    );
    expect(new Set(moments.map((m) => m.id)).size).toBe(5);
    expect(moments.find((m) => m.id === first.id)?.note).toBe('an intro to their CTO');
    const stored = await db.calls.get(call.id);
    expect(stored?.title).toBe('Renamed elsewhere');
    expect(stored?.tally.total).toBe(5);
  });

  test('the lead time is a setting', async () => {
    await setLeadTimeMs(db, 2_000);
    const call = await liveCallAt(0);
    const moment = await addMoment(db, call.id, { side: 'me', kind: 'value', pressedAt: 10_000 });
    expect(moment.offsetMs).toBe(8_000);
  });

  test('a retried write with the same id does not duplicate the moment', async () => {
    const call = await liveCallAt(0);
    const input = { id: 'fixed-id', side: 'them' as const, kind: 'request', pressedAt: 9_000 };
    await addMoment(db, call.id, input);
    await addMoment(db, call.id, input);
    expect((await allMoments(db)).length).toBe(1);
    expect((await db.calls.get(call.id))?.tally.total).toBe(1);
  });

  test('tagging with no live call starts one, so a shortcut never loses a moment', async () => {
    const result = await tagLiveCall(db, { side: 'them', kind: 'proprietary', pressedAt: 50_000 });
    expect(result.startedCall).toBe(true);
    expect(result.call.tally.total).toBe(1);
    expect((await getLiveCall(db))?.id).toBe(result.call.id);
    const next = await tagLiveCall(db, { side: 'me', kind: 'value', pressedAt: 60_000 });
    expect(next.startedCall).toBe(false);
    expect(next.call.id).toBe(result.call.id);
    expect(next.call.tally.total).toBe(2);
  });

  test('a failed write leaves nothing half written', async () => {
    const call = await liveCallAt(0);
    // The tally update fails after the moment was put, as a full disk would.
    db.calls.hook('updating', () => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    });
    await expect(
      addMoment(db, call.id, { side: 'them', kind: 'request', pressedAt: 1 }),
    ).rejects.toThrow('disk full');
    expect((await allMoments(db)).length).toBe(0);
    expect((await db.calls.get(call.id))?.tally.total).toBe(0);
  });

  test('adding to a call that no longer exists fails with a plain message', async () => {
    await expect(
      addMoment(db, 'gone', { side: 'them', kind: 'request', pressedAt: 1 }),
    ).rejects.toThrow('That call no longer exists.');
  });

  test('undo removes the moment and restore puts it back exactly', async () => {
    const call = await liveCallAt(0);
    const moment = await addMoment(db, call.id, {
      side: 'them',
      kind: 'request',
      pressedAt: 9_000,
    });
    const removed = await deleteMoment(db, moment);
    expect(removed).toEqual(moment);
    expect((await db.calls.get(call.id))?.tally.total).toBe(0);
    await restoreMoment(db, moment);
    expect(await storedMoment(db, moment.id)).toEqual(moment);
    expect((await db.calls.get(call.id))?.tally.total).toBe(1);
  });

  test('switching side or kind and adding a note update the moment and the tally', async () => {
    const call = await liveCallAt(0);
    const moment = await addMoment(db, call.id, {
      side: 'them',
      kind: 'request',
      pressedAt: 9_000,
    });
    await updateMoment(db, moment, { side: 'me' });
    await updateMoment(db, moment, { kind: 'value', note: '  intro to Jo  ' });
    const stored = await storedMoment(db, moment.id);
    expect(stored).toMatchObject({ side: 'me', kind: 'value', note: 'intro to Jo' });
    expect((await db.calls.get(call.id))?.tally.counts).toEqual({ them: {}, me: { value: 1 } });
  });

  test('a huge note is capped, not refused', async () => {
    const call = await liveCallAt(0);
    const moment = await addMoment(db, call.id, { side: 'them', kind: 'note', pressedAt: 1 });
    const updated = await updateMoment(db, moment, { note: 'x'.repeat(50_000) });
    expect(updated.note).toHaveLength(10_000);
  });

  test('moments of a call come back in time order, and only that call’s', async () => {
    const call = await liveCallAt(0);
    await addMoment(db, call.id, { side: 'them', kind: 'request', pressedAt: 30_000 });
    await addMoment(db, call.id, { side: 'me', kind: 'value', pressedAt: 10_000 });
    await endCall(db, call.id, 40_000);
    const other = await liveCallAt(50_000);
    await addMoment(db, other.id, { side: 'me', kind: 'value', pressedAt: 60_000 });
    expect((await momentsOfCall(db, call.id)).map((m) => m.offsetMs)).toEqual([5_000, 25_000]);
  });
});
