import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { ReciprocityDatabase } from '../../../lib/db/database';
import { startCall, getLiveCall } from '../../../lib/db/calls-repository';
import { tagLiveCall } from '../../../lib/db/moments-repository';

describe('schema', () => {
  test('the current version declares the tables and only the indexes the queries use', async () => {
    const db = new ReciprocityDatabase('schema', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const indexes = Object.fromEntries(
      db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]),
    );
    expect(indexes).toEqual({
      partners: ['name'],
      calls: [
        '[partnerId+startedAt]',
        'live',
        'partnerId',
        'platform',
        'startedAt',
        'tally.balance',
        'tally.verdict',
        'words',
      ],
      callMoments: ['openDue'],
      settings: [],
      transcripts: [],
    });
    expect(db.verno).toBe(6);
    db.close();
  });

  test('data survives closing and reopening the database (a closed panel, a restart)', async () => {
    const indexedDB = new IDBFactory();
    const first = new ReciprocityDatabase('reopen', { indexedDB, IDBKeyRange });
    const { call } = await startCall(first, { title: 'Kept' });
    await tagLiveCall(first, { side: 'them', kind: 'request', pressedAt: Date.now() });
    first.close();
    const second = new ReciprocityDatabase('reopen', { indexedDB, IDBKeyRange });
    const live = await getLiveCall(second);
    expect(live?.id).toBe(call.id);
    expect((await second.callMoments.get(call.id))?.moments.length ?? 0).toBe(1);
    second.close();
  });
});
