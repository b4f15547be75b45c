import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { ReciprocityDatabase, V4_STORES } from '../../../lib/db/database';
import {
  CATALOGUE_KEY,
  DEFAULT_CATALOGUE,
  summaryOptions,
  type CatalogueKind,
} from '../../../lib/domain/catalogue';
import type { Call, Moment, Verdict } from '../../../lib/domain/model';
import type { SummaryOptions } from '../../../lib/domain/reciprocity';
import { computeTally } from '../../../lib/domain/tally';

const base = { weight: 1, createdAt: 2, updatedAt: 2, note: '', at: 0 } as const;
function moment(
  id: string,
  callId: string,
  side: 'them' | 'me',
  kind: string,
  weight: 1 | 3 = 1,
): Moment {
  return { ...base, id, callId, side, kind, offsetMs: Number(id.slice(1)), weight };
}
// They asked three times and gave nothing; I thanked once and asked one big thing. Under v4's
// rules that was "balanced"; under v5's they only took.
const TAKER: Moment[] = [
  moment('m1', 'c1', 'them', 'request'),
  moment('m2', 'c1', 'them', 'request'),
  moment('m3', 'c1', 'them', 'request'),
  moment('m4', 'c1', 'me', 'appreciation'),
  moment('m5', 'c1', 'me', 'request', 3),
];
// A custom kind the user made worth 0 points: no longer an exchange.
const ZERO: Moment[] = [
  moment('m6', 'c2', 'them', 'nod'),
  moment('m7', 'c2', 'them', 'nod'),
  moment('m8', 'c2', 'me', 'value'),
];
// A custom give kind worth 1 point: neutral to the default catalogue, a give to the user's.
const LEADS: Moment[] = [
  moment('m9', 'c3', 'them', 'lead'),
  moment('m10', 'c3', 'them', 'lead'),
  moment('m11', 'c3', 'them', 'lead'),
  moment('m12', 'c3', 'me', 'request'),
];
/**
 * A call as v4 stored it: the tally's counts and sums as they were (the points a kind is
 * worth did not change), its verdict and balance as v4's rules had scored them.
 */
function call(id: string, moments: Moment[], options: SummaryOptions, v4: Verdict): Call {
  return {
    id,
    title: id,
    platform: 'other',
    startedAt: 1,
    endedAt: 2,
    notes: '',
    updatedAt: 2,
    words: [],
    tally: { ...computeTally(moments, options), verdict: v4, balance: 0.5 },
  } as Call;
}

test('upgrading from v4 scores every stored tally again under the v5 rules and the user’s catalogue', async () => {
  const indexedDB = new IDBFactory();
  const v4 = new Dexie('upgrade-v4', { indexedDB, IDBKeyRange });
  v4.version(4).stores(V4_STORES);
  const nod: CatalogueKind = {
    id: 'nod',
    label: 'Nodded along',
    short: 'Nod',
    meaning: 'Agreed without offering anything',
    classification: 'give',
    points: 0,
    key: '',
    tone: 'give',
    icon: 'gift',
    hidden: false,
    custom: true,
    defaultWeight: 1,
  };
  const lead: CatalogueKind = {
    ...nod,
    id: 'lead',
    label: 'Shared a lead',
    short: 'Lead',
    points: 1,
  };
  const userCatalogue = { kinds: [...DEFAULT_CATALOGUE.kinds, nod, lead] };
  await v4.table('settings').put({ key: CATALOGUE_KEY, value: userCatalogue });
  const options = summaryOptions(userCatalogue);
  await v4
    .table('calls')
    .bulkAdd([
      call('c1', TAKER, options, 'balanced'),
      call('c2', ZERO, options, 'they-took-more'),
      call('c3', LEADS, options, 'too-little-data'),
    ]);
  await v4.table('callMoments').bulkAdd([
    { callId: 'c1', moments: TAKER, openDue: [] },
    { callId: 'c2', moments: ZERO, openDue: [] },
    { callId: 'c3', moments: LEADS, openDue: [] },
  ]);
  v4.close();

  const db = new ReciprocityDatabase('upgrade-v4', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(6);
  const c1 = await db.calls.get('c1');
  expect(c1?.tally).toEqual(computeTally(TAKER));
  expect(c1?.tally.verdict).toBe('one-sided-they-took');
  const c2 = await db.calls.get('c2');
  expect(c2?.tally.verdict).toBe('too-little-data');
  expect(c2?.title).toBe('c2');
  // Counted as the user's catalogue says, not the default one (where a lead is neutral).
  const c3 = await db.calls.get('c3');
  expect(c3?.tally).toEqual(computeTally(LEADS, options));
  expect(c3?.tally.verdict).toBe('i-took-more');
  expect(computeTally(LEADS).verdict).toBe('too-little-data');
  // The moments themselves are untouched.
  expect((await db.callMoments.get('c3'))?.moments).toEqual(LEADS);
  db.close();
});
