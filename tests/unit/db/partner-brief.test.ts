import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMoment } from '../../../lib/db/moments-repository';
import {
  callsWithOpen,
  partnerBrief,
  partnerCalls,
  partnersByName,
  type PartnerBrief,
} from '../../../lib/db/partner-query';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the pre-call brief', () => {
  test('holds the partner’s earlier calls and their open items, and tagging the live call never re-runs it', async () => {
    const earlier = (await startCall(db, { title: 'First', partnerName: 'Acme' }, 1_000)).call;
    await addMoment(db, earlier.id, { side: 'them', kind: 'request', pressedAt: 2_000 });
    await endCall(db, earlier.id, 3_000);
    const live = (await startCall(db, { title: 'Second', partnerName: 'Acme' }, 10_000)).call;
    const partnerId = live.partnerId ?? '';

    const results: Array<PartnerBrief | null> = [];
    const subscription = liveQuery(() => partnerBrief(db, partnerId, live.startedAt, 4)).subscribe(
      (value) => results.push(value),
    );
    try {
      await settle();
      expect(results).toHaveLength(1);
      expect(results[0]?.calls.map((c) => c.title)).toEqual(['First']);
      expect(results[0]?.open).toHaveLength(1);

      // Open asks on the live call change its tally and the [open+callId] index: not the brief.
      for (let i = 0; i < 3; i++) {
        await addMoment(db, live.id, { side: 'them', kind: 'request', pressedAt: 11_000 + i });
      }
      await settle();
      expect(results).toHaveLength(1);

      // An earlier call's open item does concern it.
      await addMoment(db, earlier.id, { side: 'me', kind: 'commitment', pressedAt: 2_500 });
      await settle();
      expect(results.at(-1)?.open).toHaveLength(2);
    } finally {
      subscription.unsubscribe();
    }
  });

  test('shows the latest open items first and counts the rest from the stored tallies', async () => {
    let partnerId = '';
    // 12 earlier calls (more than one read's worth), each with 2 open asks.
    for (let i = 0; i < 12; i++) {
      const start = i * 100_000;
      const { call } = await startCall(db, { title: `Call ${i}`, partnerName: 'Acme' }, start);
      partnerId = call.partnerId ?? '';
      for (const j of [1, 2]) {
        await addMoment(db, call.id, {
          side: 'them',
          kind: 'request',
          pressedAt: start + j * 10_000,
          note: `ask ${i}.${j}`,
        });
      }
      await endCall(db, call.id, start + 50_000);
    }
    const brief = await partnerBrief(db, partnerId, 10_000_000, 3);
    expect(brief?.open.map((m) => m.note)).toEqual(['ask 11.2', 'ask 11.1', 'ask 10.2']);
    expect(brief?.openCount).toBe(24);
    // Fewer open than shown: all of them, from every call.
    const all = await partnerBrief(db, partnerId, 10_000_000, 30);
    expect(all?.open).toHaveLength(24);
    expect(all?.open.at(-1)?.note).toBe('ask 0.1');
  });
});

describe('the partner page’s reads', () => {
  test('the partner and their calls oldest first; only calls with anything open are looked up', async () => {
    const asked = (await startCall(db, { title: 'Asked', partnerName: 'Zeta' }, 1_000)).call;
    await addMoment(db, asked.id, { side: 'them', kind: 'request', pressedAt: 2_000 });
    await endCall(db, asked.id, 3_000);
    const quiet = (await startCall(db, { title: 'Quiet', partnerName: 'Zeta' }, 5_000)).call;
    await endCall(db, quiet.id, 6_000);
    await startCall(db, { title: 'Other', partnerName: 'Acme' }, 7_000);
    const data = await partnerCalls(db, asked.partnerId ?? '');
    expect(data?.partner.name).toBe('Zeta');
    expect(data?.calls.map((c) => c.title)).toEqual(['Asked', 'Quiet']);
    expect(callsWithOpen(data?.calls ?? [])).toEqual([asked.id]);
    expect(await partnerCalls(db, 'gone')).toBeNull();
    expect((await partnersByName(db)).map((p) => p.name)).toEqual(['Acme', 'Zeta']);
  });
});
