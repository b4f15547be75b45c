import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addEndedCall, findCall, recentCalls } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { findPartner } from '../../../lib/db/partners-repository';
import { saveCatalogue, setPreference, storedSettings } from '../../../lib/db/settings-repository';
import { DEFAULT_CATALOGUE } from '../../../lib/domain/catalogue';
import { addKind } from '../../../lib/domain/catalogue-edits';
import { DEFAULT_PREFERENCES } from '../../../lib/domain/preferences';
import { freshDatabase } from '../support/fresh-database';

// The reads components make through lib/db (lint keeps Dexie's tables out of components).

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

describe('a call or partner by id', () => {
  test('finds a stored call and its partner', async () => {
    const call = await addEndedCall(db, { title: 'Pilot', partnerName: 'Acme' }, 1_000, 2_000);
    expect(await findCall(db, call.id)).toEqual(call);
    expect((await findPartner(db, call.partnerId ?? ''))?.name).toBe('Acme');
  });

  test('null, not undefined, for an unknown id: a live query then reads "none", not "loading"', async () => {
    expect(await findCall(db, 'gone')).toBeNull();
    expect(await findPartner(db, 'gone')).toBeNull();
  });
});

describe('recent calls', () => {
  test('the newest first, at most the limit', async () => {
    for (const at of [3_000, 1_000, 5_000, 2_000, 4_000]) {
      await addEndedCall(db, { title: `At ${at}` }, at, at + 10);
    }
    const recent = await recentCalls(db, 3);
    expect(recent.map((c) => c.startedAt)).toEqual([5_000, 4_000, 3_000]);
  });

  test('none stored: an empty list', async () => {
    expect(await recentCalls(db, 5)).toEqual([]);
  });
});

describe('the settings the UI reads', () => {
  test('the defaults when nothing is stored', async () => {
    expect(await storedSettings(db)).toEqual({
      catalogue: DEFAULT_CATALOGUE,
      preferences: DEFAULT_PREFERENCES,
    });
  });

  test('the stored catalogue and preferences', async () => {
    const added = addKind(DEFAULT_CATALOGUE, {
      label: 'Shared a lead',
      classification: 'give',
      defaultWeight: 1,
      key: 'l',
    });
    if (!added.ok) throw new Error(added.problem);
    const { catalogue } = added;
    await saveCatalogue(db, catalogue);
    await setPreference(db, 'theme', 'dark');
    await setPreference(db, 'otherSideName', 'Acme');
    const settings = await storedSettings(db);
    expect(settings.catalogue).toEqual(catalogue);
    expect(settings.preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      theme: 'dark',
      otherSideName: 'Acme',
    });
  });
});
