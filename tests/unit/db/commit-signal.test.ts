import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { committedWrite } from '../../../lib/db/commit-signal';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const write = <T>(scope: () => Promise<T>): Promise<T> =>
  committedWrite((run) => db.transaction('rw', [db.settings], run), scope);

// That it resolves before Dexie re-runs the live queries is a matter of the browser's event
// loop (a microtask checkpoint between two listeners), which fake-indexeddb does not have:
// tests/e2e/tag-commit.test.ts checks it in Chromium.
describe('a write that resolves on its commit', () => {
  test('resolves with what its scope returned, once it is stored', async () => {
    const value = await write(async () => {
      await db.settings.put({ key: 'a', value: 1 });
      return 'done';
    });
    expect(value).toBe('done');
    expect(await db.settings.get('a')).toEqual({ key: 'a', value: 1 });
  });

  test('rejects as its transaction does, and nothing of it is stored', async () => {
    const failing = write(async () => {
      await db.settings.put({ key: 'c', value: 3 });
      throw new Error('checked and refused');
    });
    await expect(failing).rejects.toThrow('checked and refused');
    expect(await db.settings.get('c')).toBeUndefined();
  });

  test('a scope that lets its transaction commit early still reports its own failure', async () => {
    const failing = write(async () => {
      await db.settings.put({ key: 'd', value: 4 });
      // Not an IndexedDB request: the transaction commits meanwhile, and the next put fails.
      await new Promise((resolve) => setTimeout(resolve, 10));
      await db.settings.put({ key: 'e', value: 5 });
    });
    await expect(failing).rejects.toThrow();
    expect(await db.settings.get('e')).toBeUndefined();
  });
});
