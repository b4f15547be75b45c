import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { partnerSummaries } from '../../../lib/db/partner-list-query';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function call(partnerName: string, startedAt: number, theirAsks: number, yourGifts = 1) {
  const { call } = await startCall(db, { title: 'Call', partnerName, platform: 'zoom' }, startedAt);
  for (let i = 0; i < theirAsks; i += 1) {
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: i });
  }
  for (let i = 0; i < yourGifts; i += 1) {
    await addMissedMoment(db, call.id, { side: 'me', kind: 'value', offsetMs: 100 + i });
  }
  return endCall(db, call.id, startedAt + 1_800_000);
}

describe('partnerSummaries', () => {
  test('every partner with the figures of their stored calls', async () => {
    await call('Acme', Date.UTC(2026, 0, 5), 3);
    await call('Acme', Date.UTC(2026, 1, 5), 4);
    await call('Globex', Date.UTC(2026, 0, 9), 0, 3);
    const summaries = await partnerSummaries(db);
    const acme = summaries.find((p) => p.name === 'Acme');
    expect(acme).toMatchObject({
      callCount: 2,
      lastCallAt: Date.UTC(2026, 1, 5),
      give: { them: 0, me: 2 },
      take: { them: 7, me: 0 },
      openItems: 7,
      trend: 'they-take',
    });
    expect(summaries.find((p) => p.name === 'Globex')).toMatchObject({
      callCount: 1,
      give: { them: 0, me: 3 },
      openItems: 0,
    });
  });

  test('reads the calls’ stored tallies, never their moments', async () => {
    await call('Acme', Date.UTC(2026, 0, 5), 3);
    await call('Acme', Date.UTC(2026, 1, 5), 4);
    const before = await partnerSummaries(db);
    // With every moment gone, a read that recounted them would see empty calls.
    await db.callMoments.clear();
    expect(await partnerSummaries(db)).toEqual(before);
    expect(before[0]?.take.them).toBe(7);
  });

  test('no partners: an empty list', async () => {
    expect(await partnerSummaries(db)).toEqual([]);
  });
});
