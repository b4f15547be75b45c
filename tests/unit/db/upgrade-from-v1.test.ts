import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { ReciprocityDatabase, V1_STORES } from '../../../lib/db/database';

/** Writes rows exactly as version 1 stored them: no words, no open flag, the old tally. */
async function writeV1(indexedDB: IDBFactory): Promise<void> {
  const v1 = new Dexie('upgrade', { indexedDB, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  await v1.table('partners').add({
    id: 'p1',
    name: 'Acme Corp',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
  });
  await v1.table('calls').add({
    id: 'c1',
    title: 'Quarterly sync',
    partnerId: 'p1',
    platform: 'meet',
    startedAt: 1_000,
    endedAt: 61_000,
    notes: 'Discussed onboarding',
    updatedAt: 61_000,
    tally: {
      counts: { them: { request: 1 }, me: { commitment: 1, value: 1 } },
      give: { them: 0, me: 1 },
      take: { them: 1, me: 0 },
      balance: -1,
      verdict: 'too-little-data',
      total: 3,
    },
  });
  const moment = { callId: 'c1', weight: 1, createdAt: 2, updatedAt: 2 };
  await v1.table('moments').bulkAdd([
    {
      ...moment,
      id: 'm1',
      side: 'them',
      kind: 'request',
      at: 2_000,
      offsetMs: 1_000,
      note: 'intro to the CTO',
    },
    { ...moment, id: 'm2', side: 'me', kind: 'commitment', at: 3_000, offsetMs: 2_000, note: '' },
    {
      ...moment,
      id: 'm3',
      side: 'me',
      kind: 'value',
      at: 4_000,
      offsetMs: 3_000,
      note: 'Kubernetes notes',
    },
  ]);
  await v1.table('settings').put({ key: 'leadTimeMs', value: 3_000 });
  v1.close();
}

describe('upgrade from v1 to the current version', () => {
  test('keeps every row and adds the search words, open flags and open counts', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB);
    const db = new ReciprocityDatabase('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.partners.count()).toBe(1);
    expect(await db.settings.get('leadTimeMs')).toEqual({ key: 'leadTimeMs', value: 3_000 });
    const call = await db.calls.get('c1');
    expect(call).toMatchObject({
      title: 'Quarterly sync',
      notes: 'Discussed onboarding',
      endedAt: 61_000,
    });
    expect(call?.tally.openAsks).toEqual({ them: 1, me: 0 });
    expect(call?.tally.openCommitments).toEqual({ them: 0, me: 1 });
    expect(call?.tally.total).toBe(3);
    const found = await db.calls.where('words').startsWith('kube').primaryKeys();
    expect(found).toEqual(['c1']);
    expect(await db.calls.where('words').equals('acme').count()).toBe(1);
    const moments = (await db.callMoments.get('c1'))?.moments ?? [];
    expect(moments.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(moments.filter((m) => m.open === 1).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(moments.find((m) => m.id === 'm1')?.note).toBe('intro to the CTO');
    db.close();
  });
});
