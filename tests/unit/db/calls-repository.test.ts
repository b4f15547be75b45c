import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, getLiveCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

describe('calls', () => {
  test('starting a call makes it the live call, with a default title and an empty tally', async () => {
    const { call, created } = await startCall(db, { platform: 'meet' }, 1_000);
    expect(created).toBe(true);
    expect(call.endedAt).toBeNull();
    expect(call.title).toMatch(/^Call, /);
    expect(call.tally.total).toBe(0);
    expect(await getLiveCall(db)).toEqual(call);
  });

  test('one live call at a time: starting again returns the live one', async () => {
    const first = await startCall(db, { title: 'First' });
    const second = await startCall(db, { title: 'Second' });
    expect(second).toEqual({ call: first.call, created: false });
    expect(await db.calls.count()).toBe(1);
  });

  test('two panels racing to start get the same call', async () => {
    const [a, b] = await Promise.all([
      startCall(db, { title: 'A' }),
      startCall(db, { title: 'B' }),
    ]);
    expect(a.call.id).toBe(b.call.id);
    expect(await db.calls.count()).toBe(1);
  });

  test('a new partner name creates a partner; a known one (any case) is reused', async () => {
    const { call } = await startCall(db, { title: 'x', partnerName: '  Acme   Corp ' });
    await endCall(db, call.id);
    const again = await startCall(db, { title: 'y', partnerName: 'acme corp' });
    const partners = await db.partners.toArray();
    expect(partners.map((p) => p.name)).toEqual(['Acme Corp']);
    expect(again.call.partnerId).toBe(partners[0]?.id);
  });

  test('titles are plain text, trimmed and capped; HTML is kept as typed, never interpreted', async () => {
    const { call } = await startCall(db, { title: '  <b>Hi</b>\n there ' + 'x'.repeat(300) });
    expect(call.title.startsWith('<b>Hi</b> there')).toBe(true);
    expect(call.title).toHaveLength(200);
  });

  test('ending a call stamps endedAt and leaves no live call; ending twice changes nothing', async () => {
    const { call } = await startCall(db, {}, 1_000);
    const ended = await endCall(db, call.id, 61_000);
    expect(ended.endedAt).toBe(61_000);
    expect(ended.live).toBeUndefined();
    expect(await getLiveCall(db)).toBeUndefined();
    expect(await endCall(db, call.id, 99_000)).toEqual(ended);
  });

  test('ending a call that does not exist says so', async () => {
    await expect(endCall(db, 'nope')).rejects.toThrow('That call no longer exists.');
  });
});
