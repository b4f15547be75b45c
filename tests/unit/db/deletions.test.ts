import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import {
  deleteCall,
  deletePartner,
  mergePartner,
  undo,
} from '../../../lib/db/deletions-repository';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function callWith(partnerName: string, title = 'Call') {
  const { call } = await startCall(db, { title, partnerName }, 0);
  await addMissedMoment(db, call.id, {
    side: 'them',
    kind: 'request',
    offsetMs: 1,
    note: 'an ask',
  });
  return endCall(db, call.id, 60_000);
}

const snapshot = async () => ({
  partners: await db.partners.toArray(),
  calls: await db.calls.toArray(),
  moments: await allMoments(db),
});

describe('deleting and merging, with undo', () => {
  test('a deleted call takes its moments; undo restores both exactly', async () => {
    const call = await callWith('Acme');
    const before = await snapshot();
    const deleted = await deleteCall(db, call.id);
    expect(await db.calls.count()).toBe(0);
    expect((await allMoments(db)).length).toBe(0);
    await undo(db, deleted);
    expect(await snapshot()).toEqual(before);
  });

  test('a deleted partner leaves its calls without a partner; undo links them again', async () => {
    const call = await callWith('Acme');
    const partnerId = call.partnerId ?? '';
    const deleted = await deletePartner(db, partnerId);
    expect((await db.calls.get(call.id))?.partnerId).toBeUndefined();
    expect(await db.calls.where('words').equals('acme').count()).toBe(0);
    await undo(db, deleted);
    expect((await db.calls.get(call.id))?.partnerId).toBe(partnerId);
    expect(await db.calls.where('words').equals('acme').count()).toBe(1);
  });

  test('merging a typo moves its calls to the right partner; undo splits them again', async () => {
    const right = await callWith('Acme', 'Right');
    const typo = await callWith('Acmee', 'Typo');
    const merged = await mergePartner(db, typo.partnerId ?? '', right.partnerId ?? '');
    expect(await db.partners.count()).toBe(1);
    expect((await db.calls.get(typo.id))?.partnerId).toBe(right.partnerId);
    await undo(db, merged);
    expect((await db.calls.get(typo.id))?.partnerId).toBe(typo.partnerId);
    expect(await db.partners.count()).toBe(2);
  });

  test('undos taken out of order never leave a call pointing at a partner that is gone', async () => {
    const call = await callWith('Acme');
    const other = await callWith('Acme', 'Second call');
    const deletedCall = await deleteCall(db, call.id);
    const deletedPartner = await deletePartner(db, call.partnerId ?? '');
    await undo(db, deletedCall);
    expect((await db.calls.get(call.id))?.partnerId).toBeUndefined();
    expect((await allMoments(db)).filter((m) => m.callId === call.id)).toHaveLength(1);
    await undo(db, deletedPartner);
    expect((await db.calls.get(other.id))?.partnerId).toBe(call.partnerId);
  });

  test('a partner cannot be merged into itself', async () => {
    const call = await callWith('Acme');
    await expect(mergePartner(db, call.partnerId ?? '', call.partnerId ?? '')).rejects.toThrow(
      /itself/,
    );
  });
});
