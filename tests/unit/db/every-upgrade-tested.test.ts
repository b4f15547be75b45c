import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { ReciprocityDatabase } from '../../../lib/db/database';

/**
 * Every schema version a user may still have must upgrade under test: for each version v
 * before the current one, upgrade-from-v<v>.test.ts writes a database at version v with
 * Dexie and opens it with the app's own ReciprocityDatabase. A new `db.version(n)` without
 * such a test fails here.
 */
test('every older schema version has a test that writes it and upgrades it', async () => {
  const db = new ReciprocityDatabase('versions', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const current = db.verno;
  db.close();
  expect(current).toBeGreaterThanOrEqual(5);
  for (let v = 1; v < current; v++) {
    const file = join(import.meta.dirname, `upgrade-from-v${v}.test.ts`);
    const source = await readFile(file, 'utf8').catch(() => '');
    expect(source, `tests/unit/db/upgrade-from-v${v}.test.ts`).toMatch(
      new RegExp(`\\.version\\(${v}\\)\\.stores\\(`),
    );
    expect(source, `upgrade-from-v${v} opens it with the app's database`).toMatch(
      /new ReciprocityDatabase\(/,
    );
  }
});
