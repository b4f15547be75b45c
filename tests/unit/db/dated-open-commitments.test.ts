import { afterEach, beforeEach, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { datedOpenCommitments } from '../../../lib/db/follow-ups-repository';
import { addMissedMoment, updateMoment } from '../../../lib/db/moments-repository';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function call(title: string, partnerName?: string) {
  const { call } = await startCall(db, { title, ...(partnerName ? { partnerName } : {}) }, 0);
  await endCall(db, call.id, 600_000);
  return call;
}

test('every open commitment with a due date across calls, with its call and partner', async () => {
  const acme = await call('Acme intro', 'Acme');
  const solo = await call('Notes to self');
  const commit = (callId: string, note: string, dueAt?: number) =>
    addMissedMoment(db, callId, {
      side: 'me',
      kind: 'commitment',
      offsetMs: 1_000,
      note,
      ...(dueAt === undefined ? {} : { dueAt }),
    });
  await commit(acme.id, 'send the deck', 5_000_000);
  await commit(acme.id, 'no date');
  const done = await commit(acme.id, 'already done', 6_000_000);
  await updateMoment(db, { callId: acme.id, id: done.id }, { state: 'done' });
  await commit(solo.id, 'write it up', 7_000_000);

  const items = await datedOpenCommitments(db);
  expect(items.map((i) => [i.note, i.call.title, i.partnerName]).sort()).toEqual([
    ['send the deck', 'Acme intro', 'Acme'],
    ['write it up', 'Notes to self', undefined],
  ]);
});
