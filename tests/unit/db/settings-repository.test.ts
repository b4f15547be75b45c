import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import {
  getCatalogue,
  getPreferences,
  resetSettings,
  restoreSettings,
  saveCatalogue,
  setPreference,
} from '../../../lib/db/settings-repository';
import { DEFAULT_CATALOGUE } from '../../../lib/domain/catalogue';
import { addKind, updateKind } from '../../../lib/domain/catalogue-edits';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

function withLead() {
  const result = addKind(DEFAULT_CATALOGUE, {
    label: 'Shared a lead',
    classification: 'give',
    defaultWeight: 1,
    key: 'l',
  });
  if (!result.ok) throw new Error(result.problem);
  return result.catalogue;
}

describe('settings in the database', () => {
  test('a custom give kind counts as a give in the stored tally of new moments', async () => {
    await saveCatalogue(db, withLead());
    const { call } = await startCall(db, {}, 0);
    await addMissedMoment(db, call.id, { side: 'them', kind: 'custom-shared-a-lead', offsetMs: 1 });
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(1);
  });

  test('changing how a kind counts recounts every stored tally; renaming does not', async () => {
    const { call } = await startCall(db, {}, 0);
    await addMissedMoment(db, call.id, { side: 'them', kind: 'custom-shared-a-lead', offsetMs: 1 });
    await endCall(db, call.id, 10);
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(0);
    expect(await saveCatalogue(db, withLead())).toEqual({ recounted: 1 });
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(1);
    const renamed = updateKind(withLead(), 'value', { label: 'Gave value' });
    if (!renamed.ok) throw new Error(renamed.problem);
    expect(await saveCatalogue(db, renamed.catalogue)).toEqual({ recounted: 0 });
    expect((await getCatalogue(db)).kinds.find((k) => k.id === 'value')?.label).toBe('Gave value');
  });

  test('preferences are stored one row each and read back with defaults', async () => {
    await setPreference(db, 'theme', 'dark');
    await setPreference(db, 'otherSideName', 'Client');
    await setPreference(db, 'leadTimeMs', 3000);
    await setPreference(db, 'captionQuotes', true);
    expect(await getPreferences(db)).toEqual({
      leadTimeMs: 3000,
      otherSideName: 'Client',
      usePartnerName: false,
      theme: 'dark',
      language: 'auto',
      captionQuotes: true,
      captionsKept: 'quotes',
    });
    await setPreference(db, 'captionsKept', 'transcript');
    expect((await getPreferences(db)).captionsKept).toBe('transcript');
    await db.settings.put({ key: 'captionsKept', value: 'everything' });
    expect((await getPreferences(db)).captionsKept).toBe('quotes');
    await setPreference(db, 'language', 'de');
    expect((await getPreferences(db)).language).toBe('de');
    await expect(setPreference(db, 'leadTimeMs', 120_000)).rejects.toThrow(/between 0 and 60/);
  });

  test('reset to defaults recounts, and Undo puts every setting back', async () => {
    const { call } = await startCall(db, {}, 0);
    await saveCatalogue(db, withLead());
    await setPreference(db, 'theme', 'dark');
    await addMissedMoment(db, call.id, { side: 'them', kind: 'custom-shared-a-lead', offsetMs: 1 });
    const removed = await resetSettings(db);
    expect(await getCatalogue(db)).toEqual(DEFAULT_CATALOGUE);
    expect((await getPreferences(db)).theme).toBe('system');
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(0);
    await restoreSettings(db, removed);
    expect((await getPreferences(db)).theme).toBe('dark');
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(1);
  });
});
