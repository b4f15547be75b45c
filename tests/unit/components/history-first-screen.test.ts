import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  firstScreenPreload,
  preloadHistoryFirstScreen,
} from '../../../components/history/first-screen';
import { ROW_HEIGHT } from '../../../components/ui/virtual-call-list';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { NO_FILTERS } from '../../../lib/domain/history-filters';
import type { Call } from '../../../lib/domain/model';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
const innerHeight = window.innerHeight;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  firstScreenPreload.drop();
  window.innerHeight = innerHeight;
  db.close();
});

async function seedCalls(count: number): Promise<void> {
  const calls: Call[] = Array.from({ length: count }, (_, i) => ({
    id: `call-${i}`,
    title: `Call ${i}`,
    startedAt: 1_000_000 + i * 60_000,
    endedAt: 1_000_000 + i * 60_000 + 30_000,
    words: [],
    tally: {
      counts: { them: {}, me: {} },
      total: 0,
      verdict: 'even',
      balance: 0,
    },
    createdAt: 0,
    updatedAt: 0,
  })) as unknown as Call[];
  await db.calls.bulkPut(calls);
}

async function preloadedRows(): Promise<Call[]> {
  await preloadHistoryFirstScreen(db, NO_FILTERS);
  return firstScreenPreload.snapshot()?.value?.[0] ?? [];
}

describe('the history’s first screen, read before React renders', () => {
  test('reads the rows the window shows and one more, newest first, not a whole page', async () => {
    await seedCalls(100);
    window.innerHeight = 10 * ROW_HEIGHT;
    const rows = await preloadedRows();
    expect(rows.map((c) => c.id)).toEqual(Array.from({ length: 11 }, (_, i) => `call-${99 - i}`));
  });

  test('a very tall window reads at most a page of rows', async () => {
    await seedCalls(100);
    window.innerHeight = 200 * ROW_HEIGHT;
    expect(await preloadedRows()).toHaveLength(40);
  });
});
