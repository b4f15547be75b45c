import { afterEach, beforeEach, expect, test } from 'vitest';
import { startCall } from '../../../lib/db/calls-repository';
import { loadedCatalogueCheck } from '../../../lib/db/catalogue-check';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMoment } from '../../../lib/db/moments-repository';
import {
  CATALOGUE_KEY,
  DEFAULT_CATALOGUE,
  type CatalogueKind,
} from '../../../lib/domain/catalogue';
import { freshDatabase } from '../support/fresh-database';

// Its own file: the check is loaded once per module graph, and this is about the first time.

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

const LEAD: CatalogueKind = {
  id: 'shared-lead',
  label: 'Shared a lead',
  short: 'Lead',
  meaning: 'Passed on a contact or an opportunity',
  classification: 'give',
  points: 1,
  key: 'l',
  tone: 'give',
  icon: 'gift',
  hidden: false,
  custom: true,
  defaultWeight: 1,
};

test('a tag written before the catalogue check is loaded waits for it inside its transaction', async () => {
  const { call } = await startCall(db, { title: 'Intro' }, 0);
  await db.settings.put({
    key: CATALOGUE_KEY,
    value: { kinds: [...DEFAULT_CATALOGUE.kinds, LEAD] },
  });
  expect(loadedCatalogueCheck()).toBeUndefined();
  await addMoment(db, call.id, { side: 'them', kind: LEAD.id, pressedAt: 1_000 });
  expect(loadedCatalogueCheck()).toBeDefined();
  // Counted as the stored catalogue says: a give (an unknown kind would count as nothing).
  expect((await db.calls.get(call.id))?.tally.give.them).toBeGreaterThan(0);
});
