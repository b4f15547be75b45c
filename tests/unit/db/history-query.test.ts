import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { updateCall } from '../../../lib/db/call-edits-repository';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import {
  callsByIds,
  firstHistoryCalls,
  historyCallIds,
  historyOrder,
  narrowIds,
  narrowingIdSets,
  orderedCallIds,
} from '../../../lib/db/history-query';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { NO_FILTERS, type HistoryFilters } from '../../../lib/domain/history-filters';
import type { Platform } from '../../../lib/domain/model';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const day = (d: string) => new Date(`${d}T10:00:00`).getTime();

async function call(title: string, at: string, partnerName: string, platform: Platform, takes = 0) {
  const { call } = await startCall(db, { title, partnerName, platform }, day(at));
  for (let i = 0; i < takes; i += 1) {
    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: i * 1000 });
  }
  await endCall(db, call.id, day(at) + 3_600_000);
  return call.id;
}

async function titles(filters: Partial<HistoryFilters>): Promise<string[]> {
  const ids = await historyCallIds(db, { ...NO_FILTERS, ...filters });
  return (await callsByIds(db, ids)).map((c) => c.title);
}

describe('history query', () => {
  beforeEach(async () => {
    await call('Acme kickoff', '2026-01-10', 'Acme', 'meet', 3);
    const globex = await call('Globex sync', '2026-03-05', 'Globex', 'zoom');
    await addMissedMoment(db, globex, {
      side: 'me',
      kind: 'note',
      offsetMs: 0,
      note: 'Discussed Kubernetes onboarding',
    });
    await call('Acme quarterly', '2026-06-20', 'Acme', 'zoom');
  });

  test('every call, newest first', async () => {
    expect(await titles({})).toEqual(['Acme quarterly', 'Globex sync', 'Acme kickoff']);
  });

  test('search matches word prefixes in titles, partners and moment notes; all words must match', async () => {
    expect(await titles({ q: 'kube' })).toEqual(['Globex sync']);
    expect(await titles({ q: 'acme' })).toEqual(['Acme quarterly', 'Acme kickoff']);
    expect(await titles({ q: 'acme quart' })).toEqual(['Acme quarterly']);
    expect(await titles({ q: 'nothing-like-it' })).toEqual([]);
  });

  test('call notes are searchable once written', async () => {
    const [id] = await historyCallIds(db, { ...NO_FILTERS, q: 'kickoff' });
    await updateCall(db, id ?? '', { notes: 'pricing was evasive' });
    expect(await titles({ q: 'evasive pricing' })).toEqual(['Acme kickoff']);
  });

  test('filters by partner, verdict, platform and date range, combined', async () => {
    const acme = (await db.partners.where('name').equals('Acme').first())?.id;
    expect(await titles({ partnerId: acme })).toEqual(['Acme quarterly', 'Acme kickoff']);
    expect(await titles({ verdict: 'they-took-more' })).toEqual(['Acme kickoff']);
    expect(await titles({ platform: 'zoom' })).toEqual(['Acme quarterly', 'Globex sync']);
    expect(await titles({ from: '2026-03-01', to: '2026-06-20' })).toEqual([
      'Acme quarterly',
      'Globex sync',
    ]);
    expect(await titles({ partnerId: acme, platform: 'zoom', from: '2026-02-01' })).toEqual([
      'Acme quarterly',
    ]);
  });

  test('sorting by balance puts the calls where they took most first, filters still apply', async () => {
    expect((await titles({ sort: 'balance' }))[0]).toBe('Acme kickoff');
    expect(await titles({ sort: 'balance', platform: 'meet' })).toEqual(['Acme kickoff']);
    expect(await titles({ sort: 'balance', to: '2026-02-01' })).toEqual(['Acme kickoff']);
  });

  test('the first screen is read straight from the order, and only while nothing narrows it', async () => {
    const first = async (filters: Partial<HistoryFilters>, limit = 10) => {
      const calls = await firstHistoryCalls(db, { ...NO_FILTERS, ...filters }, limit);
      return calls === null ? null : calls.map((c) => c.title);
    };
    expect(await first({})).toEqual(['Acme quarterly', 'Globex sync', 'Acme kickoff']);
    expect(await first({}, 2)).toEqual(['Acme quarterly', 'Globex sync']);
    const acme = (await db.partners.where('name').equals('Acme').first())?.id;
    expect(await first({ partnerId: acme, to: '2026-03-01' })).toEqual(['Acme kickoff']);
    for (const narrowed of [
      { q: 'acme' },
      { verdict: 'balanced' as const },
      { platform: 'zoom' as const },
      { sort: 'balance' as const },
    ]) {
      expect(await first(narrowed)).toBeNull();
    }
    expect(await first({ q: '   ' })).toEqual(['Acme quarterly', 'Globex sync', 'Acme kickoff']);
  });

  test('the order and what narrows it are read apart, and compose to the same answer', async () => {
    const filters: HistoryFilters = { ...NO_FILTERS, q: 'acme', platform: 'zoom' };
    // A search does not change the order: typing re-reads only the words' index.
    expect(historyOrder(filters)).toEqual(historyOrder(NO_FILTERS));
    const ordered = await orderedCallIds(db, historyOrder(filters));
    expect(ordered).toHaveLength(3);
    expect(await narrowingIdSets(db, NO_FILTERS)).toBeNull();
    const sets = await narrowingIdSets(db, filters);
    expect(sets).toHaveLength(2);
    expect(narrowIds(ordered, sets)).toEqual(await historyCallIds(db, filters));
    expect(narrowIds(ordered, null)).toEqual(ordered);
  });
});
