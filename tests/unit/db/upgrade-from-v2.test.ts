import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { ReciprocityDatabase, V1_STORES, V2_STORES } from '../../../lib/db/database';
import type { Moment } from '../../../lib/domain/model';

const base = { side: 'them', weight: 1, createdAt: 2, updatedAt: 2, note: '' } as const;
const MOMENTS: Moment[] = [
  { ...base, id: 'm1', callId: 'c1', kind: 'request', at: 2_000, offsetMs: 1_000, open: 1 },
  {
    ...base,
    id: 'm2',
    callId: 'c1',
    kind: 'commitment',
    at: 3_000,
    offsetMs: 2_000,
    note: 'send the deck',
    dueAt: 50_000,
    open: 1,
    openDue: 50_000,
  },
  { ...base, id: 'm3', callId: 'c2', side: 'me', kind: 'value', at: 9_000, offsetMs: 0 },
];

/** A database as version 2 left it: one row per moment, with the sparse follow-up indexes. */
async function writeV2(indexedDB: IDBFactory): Promise<void> {
  const v2 = new Dexie('upgrade-v2', { indexedDB, IDBKeyRange });
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES);
  await v2.table('moments').bulkAdd(MOMENTS);
  await v2.table('settings').put({ key: 'leadTimeMs', value: 3_000 });
  v2.close();
}

test('upgrading from v2 packs every moment, unchanged, into its call’s row', async () => {
  const indexedDB = new IDBFactory();
  await writeV2(indexedDB);
  const db = new ReciprocityDatabase('upgrade-v2', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(6);
  expect(db.tables.map((t) => t.name).sort()).toEqual([
    'callMoments',
    'calls',
    'partners',
    'settings',
    'transcripts',
  ]);
  const rows = await db.callMoments.toArray();
  expect(rows.flatMap((r) => r.moments).sort((a, b) => a.id.localeCompare(b.id))).toEqual(MOMENTS);
  expect((await db.callMoments.get('c1'))?.moments.map((m) => m.id)).toEqual(['m1', 'm2']);
  // The past-due index holds the open commitment's due date.
  expect(await db.callMoments.where('openDue').below(60_000).primaryKeys()).toEqual(['c1']);
  expect(await db.settings.get('leadTimeMs')).toEqual({ key: 'leadTimeMs', value: 3_000 });
  db.close();
});

test('a v2 database with more calls than one upgrade step moves every moment', async () => {
  const indexedDB = new IDBFactory();
  const v2 = new Dexie('upgrade-many', { indexedDB, IDBKeyRange });
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES);
  const many: Moment[] = Array.from({ length: 2_400 }, (_, i) => ({
    ...base,
    id: `m${i}`,
    callId: `c${i % 1_200}`,
    kind: 'note',
    at: i,
    offsetMs: i,
  }));
  await v2.table('moments').bulkAdd(many);
  v2.close();
  const db = new ReciprocityDatabase('upgrade-many', { indexedDB, IDBKeyRange });
  const rows = await db.callMoments.toArray();
  expect(rows).toHaveLength(1_200);
  expect(rows.every((r) => r.moments.length === 2)).toBe(true);
  expect(rows.flatMap((r) => r.moments.map((m) => m.id)).sort()).toEqual(
    many.map((m) => m.id).sort(),
  );
  db.close();
});
