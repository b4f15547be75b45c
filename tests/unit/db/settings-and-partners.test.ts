import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { describeWriteError } from '../../../lib/db/errors';
import { ensurePartner, findPartners } from '../../../lib/db/partners-repository';
import { requestPersistentStorage } from '../../../lib/db/request-persistence';
import { getLeadTimeMs, setLeadTimeMs } from '../../../lib/db/settings-repository';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

describe('settings', () => {
  test('lead time defaults to 5 s and can be changed within 0–60 s', async () => {
    expect(await getLeadTimeMs(db)).toBe(5_000);
    await setLeadTimeMs(db, 0);
    expect(await getLeadTimeMs(db)).toBe(0);
    await expect(setLeadTimeMs(db, 61_000)).rejects.toThrow('between 0 and 60 seconds');
    await db.settings.put({ key: 'leadTimeMs', value: 'garbage' });
    expect(await getLeadTimeMs(db)).toBe(5_000);
  });
});

describe('partners', () => {
  test('autocomplete finds partners by name prefix, ignoring case', async () => {
    for (const name of ['Acme', 'acorn labs', 'Bolt']) await ensurePartner(db, name, 1);
    expect((await findPartners(db, 'ac')).map((p) => p.name).sort()).toEqual([
      'Acme',
      'acorn labs',
    ]);
    expect(await findPartners(db, 'z')).toEqual([]);
    expect(await findPartners(db, '')).toHaveLength(3);
  });

  test('a blank name creates nothing', async () => {
    expect(await ensurePartner(db, '   ', 1)).toBeUndefined();
    expect(await db.partners.count()).toBe(0);
  });
});

describe('describeWriteError', () => {
  test.each([
    [Object.assign(new Error('x'), { name: 'QuotaExceededError' }), /disk is full/],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, /disk is full/],
    [Object.assign(new Error('x'), { name: 'DatabaseClosedError' }), /closed or blocked/],
    [new Error('boom'), /the write failed \(boom\)/],
  ])('%o → %s', (error, message) => {
    expect(describeWriteError(error)).toMatch(message);
  });
});

describe('requestPersistentStorage', () => {
  test('asks only when not already persisted, and survives a browser that refuses', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        asked += 1;
        return true;
      },
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistentStorage({ ...storage, persisted: async () => true })).toBe(true);
    expect(asked).toBe(1);
    const refusing = {
      persisted: async () => false,
      persist: () => Promise.reject(new Error('no')),
    };
    expect(await requestPersistentStorage(refusing)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
