import { dayRange, type HistoryFilters } from '../domain/history-filters';
import type { Call } from '../domain/model';
import { queryWords } from '../domain/search-words';
import type { ReciprocityDatabase } from './database';

/**
 * The ids of the calls matching `filters`, in display order. Answered from indexes
 * alone (keys, never rows), so it stays fast with tens of thousands of calls; the list
 * then reads only the rows on screen with `callsByIds`.
 */
export async function historyCallIds(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
): Promise<string[]> {
  return db.transaction('r', db.calls, async () => {
    const [start, end] = dayRange(filters);
    const ordered = await orderedIds(db, filters, start, end);
    const required: Array<Promise<Set<string>>> = [];
    if (filters.verdict) {
      required.push(keySet(db.calls.where('tally.verdict').equals(filters.verdict).primaryKeys()));
    }
    if (filters.platform) {
      required.push(keySet(db.calls.where('platform').equals(filters.platform).primaryKeys()));
    }
    if (filters.sort === 'balance' && (filters.from || filters.to)) {
      required.push(
        keySet(db.calls.where('startedAt').between(start, end, true, true).primaryKeys()),
      );
    }
    if (filters.sort === 'balance' && filters.partnerId) {
      required.push(keySet(db.calls.where('partnerId').equals(filters.partnerId).primaryKeys()));
    }
    for (const word of queryWords(filters.q)) {
      required.push(keySet(db.calls.where('words').startsWith(word).primaryKeys()));
    }
    const sets = await Promise.all(required);
    return sets.length === 0 ? ordered : ordered.filter((id) => sets.every((s) => s.has(id)));
  });
}

async function keySet(keys: Promise<string[]>): Promise<Set<string>> {
  return new Set(await keys);
}

async function orderedIds(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
  start: number,
  end: number,
): Promise<string[]> {
  // Most taken-from first: the calls a user wants to look at when sorting by balance.
  if (filters.sort === 'balance') return db.calls.orderBy('tally.balance').primaryKeys();
  if (filters.partnerId) {
    return db.calls
      .where('[partnerId+startedAt]')
      .between([filters.partnerId, start], [filters.partnerId, end], true, true)
      .reverse()
      .primaryKeys();
  }
  return db.calls.where('startedAt').between(start, end, true, true).reverse().primaryKeys();
}

/** The rows for ids on screen, in the same order; ids deleted meanwhile are skipped. */
export async function callsByIds(db: ReciprocityDatabase, ids: readonly string[]): Promise<Call[]> {
  return (await db.calls.bulkGet([...ids])).filter((c): c is Call => c !== undefined);
}
