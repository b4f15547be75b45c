import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { ReciprocityDatabase, V5_STORES } from '../../../lib/db/database';
import { recordCaptionLinesIn } from '../../../lib/db/quotes-repository';
import { setPreference } from '../../../lib/db/settings-repository';
import type { Call, Moment } from '../../../lib/domain/model';
import { computeTally } from '../../../lib/domain/tally';

const moment: Moment = {
  id: 'm1',
  callId: 'c1',
  side: 'them',
  kind: 'request',
  at: 5,
  offsetMs: 4,
  note: 'deck',
  weight: 1,
  createdAt: 5,
  updatedAt: 5,
};

test('upgrading from v5 keeps every call and moment and adds an empty transcripts store', async () => {
  const indexedDB = new IDBFactory();
  const v5 = new Dexie('upgrade-v5', { indexedDB, IDBKeyRange });
  v5.version(5).stores(V5_STORES);
  const call = {
    id: 'c1',
    title: 'Kept',
    platform: 'meet',
    startedAt: 1,
    endedAt: 2,
    notes: '',
    updatedAt: 2,
    words: ['kept', 'deck'],
    tally: computeTally([moment]),
  } as Call;
  await v5.table('calls').add(call);
  await v5.table('callMoments').add({ callId: 'c1', moments: [moment], openDue: [] });
  await v5.table('settings').put({ key: 'theme', value: 'dark' });
  v5.close();

  const db = new ReciprocityDatabase('upgrade-v5', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(6);
  expect(await db.calls.get('c1')).toEqual(call);
  expect((await db.callMoments.get('c1'))?.moments).toEqual([moment]);
  expect((await db.settings.get('theme'))?.value).toBe('dark');
  expect(await db.transcripts.count()).toBe(0);
  // The new store works on the upgraded database.
  await setPreference(db, 'captionsKept', 'transcript');
  const line = { speaker: 'Dana', text: 'hello', mine: false, startedAt: 1, endedAt: 2 };
  await recordCaptionLinesIn(db, 'c1', [line]);
  expect((await db.transcripts.get('c1'))?.lines).toEqual([line]);
  db.close();
});
