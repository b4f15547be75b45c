import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { ReciprocityDatabase, V3_STORES } from '../../../lib/db/database';
import type { Call, Moment } from '../../../lib/domain/model';
import { computeTally } from '../../../lib/domain/tally';

const base = { weight: 1, createdAt: 2, updatedAt: 2, note: '', callId: 'c1' } as const;
const MOMENTS: Moment[] = [
  { ...base, id: 'm1', side: 'them', kind: 'request', at: 2_000, offsetMs: 1_000, open: 1 },
  { ...base, id: 'm2', side: 'them', kind: 'request', at: 3_000, offsetMs: 2_000 },
  { ...base, id: 'm3', side: 'them', kind: 'request', at: 4_000, offsetMs: 3_000 },
  { ...base, id: 'm4', side: 'me', kind: 'appreciation', at: 5_000, offsetMs: 4_000 },
];
const CALL = {
  id: 'c1',
  title: 'Kept through v4',
  platform: 'meet',
  startedAt: 1_000,
  endedAt: 9_000,
  notes: '',
  updatedAt: 9_000,
  words: ['kept', 'through', 'v4'],
  // As v3 scored it: the tally's counts are right, its verdict the old rules'.
  tally: { ...computeTally(MOMENTS), verdict: 'balanced', balance: 0 },
} as unknown as Call;

test('upgrading from v3 drops the old moments table and keeps every packed moment', async () => {
  const indexedDB = new IDBFactory();
  const v3 = new Dexie('upgrade-v3', { indexedDB, IDBKeyRange });
  v3.version(3).stores(V3_STORES);
  await v3.table('calls').add(CALL);
  // v3's upgrade had copied the moments into their call's row and left the old rows behind.
  await v3.table('moments').bulkAdd(MOMENTS);
  await v3.table('callMoments').add({ callId: 'c1', moments: MOMENTS, openDue: [] });
  v3.close();

  const db = new ReciprocityDatabase('upgrade-v3', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(6);
  expect(db.tables.map((t) => t.name).sort()).toEqual([
    'callMoments',
    'calls',
    'partners',
    'settings',
    'transcripts',
  ]);
  expect((await db.callMoments.get('c1'))?.moments).toEqual(MOMENTS);
  const call = await db.calls.get('c1');
  expect(call?.title).toBe('Kept through v4');
  // v5 scored the stored tally again: three asks against a thank-you is one-sided.
  expect(call?.tally).toEqual(computeTally(MOMENTS));
  expect(call?.tally.verdict).not.toBe('balanced');
  db.close();
});
