import { dayRange, type HistoryFilters } from '../domain/history-filters';
import type { Call, Partner } from '../domain/model';
import { queryWords } from '../domain/search-words';
import type { ReciprocityDatabase } from './database';
import { partnersByName } from './partner-query';

/**
 * The filters that choose the order of the history (and its range): a search or a
 * verdict or platform filter only narrows that order, so typing a word does not re-read it.
 */
export type HistoryOrder = Pick<HistoryFilters, 'sort' | 'partnerId' | 'from' | 'to'>;

export function historyOrder(filters: HistoryFilters): HistoryOrder {
  const { sort, partnerId, from, to } = filters;
  return {
    sort,
    ...(partnerId ? { partnerId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/**
 * The ids of the calls matching `filters`, in display order. Answered from indexes
 * alone (keys, never rows), so it stays fast with tens of thousands of calls; the list
 * then reads only the rows on screen with `callsByIds`. The page reads the two halves
 * separately (`orderedCallIds`, `narrowingIdSets`) so that each re-runs only for its own
 * filters; this composes them, in one transaction, for callers that want one answer.
 */
export async function historyCallIds(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
): Promise<string[]> {
  return db.transaction('r', db.calls, async () => {
    const [ordered, sets] = await Promise.all([
      orderedCallIds(db, historyOrder(filters)),
      narrowingIdSets(db, filters),
    ]);
    return narrowIds(ordered, sets);
  });
}

/** Every call in the order and range `order` asks for, as ids from one index. */
export async function orderedCallIds(
  db: ReciprocityDatabase,
  order: HistoryOrder,
): Promise<string[]> {
  const [start, end] = dayRange(order);
  // Most taken-from first: the calls a user wants to look at when sorting by balance.
  if (order.sort === 'balance') return db.calls.orderBy('tally.balance').primaryKeys();
  if (order.partnerId) {
    return db.calls
      .where('[partnerId+startedAt]')
      .between([order.partnerId, start], [order.partnerId, end], true, true)
      .reverse()
      .primaryKeys();
  }
  return db.calls.where('startedAt').between(start, end, true, true).reverse().primaryKeys();
}

/**
 * One set of ids per filter that narrows the order (search words, verdict, platform, and
 * for the balance order the date range and partner); a call is shown when in all of them.
 * `null` when nothing narrows: every ordered call is shown.
 */
export async function narrowingIdSets(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
): Promise<Array<Set<string>> | null> {
  const required: Array<Promise<Set<string>>> = [];
  if (filters.verdict) {
    required.push(keySet(db.calls.where('tally.verdict').equals(filters.verdict).primaryKeys()));
  }
  if (filters.platform) {
    required.push(keySet(db.calls.where('platform').equals(filters.platform).primaryKeys()));
  }
  if (filters.sort === 'balance' && (filters.from || filters.to)) {
    const [start, end] = dayRange(filters);
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
  return required.length === 0 ? null : Promise.all(required);
}

/** The ordered ids that are in every narrowing set. */
export function narrowIds(
  ordered: string[],
  sets: ReadonlyArray<ReadonlySet<string>> | null,
): string[] {
  if (!sets) return ordered;
  return ordered.filter((id) => sets.every((s) => s.has(id)));
}

async function keySet(keys: Promise<string[]>): Promise<Set<string>> {
  return new Set(await keys);
}

/** Whether the order alone says which calls come first: nothing narrows it. */
export function orderAloneAnswers(filters: HistoryFilters): boolean {
  return (
    filters.sort === 'date' &&
    queryWords(filters.q).length === 0 &&
    !filters.verdict &&
    !filters.platform
  );
}

/**
 * The first `limit` rows of the history, read straight through the ordering index: what
 * the first screen shows while the ids of every call (a walk over the whole index) are
 * still being read. `null` when a filter narrows the order, so that only the ids can say
 * which calls come first.
 */
export async function firstHistoryCalls(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
  limit: number,
): Promise<Call[] | null> {
  if (!orderAloneAnswers(filters)) return null;
  const [start, end] = dayRange(filters);
  const range = filters.partnerId
    ? db.calls
        .where('[partnerId+startedAt]')
        .between([filters.partnerId, start], [filters.partnerId, end], true, true)
    : db.calls.where('startedAt').between(start, end, true, true);
  return range.reverse().limit(limit).toArray();
}

/** The history's first screen: its first rows (see `firstHistoryCalls`) and every partner. */
export type HistoryFirstScreen = [calls: Call[] | null, partners: Partner[]];

/** Both halves of the first screen, read together, so that they render together. */
export function historyFirstScreen(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
  limit: number,
): Promise<HistoryFirstScreen> {
  return Promise.all([firstHistoryCalls(db, filters, limit), partnersByName(db)]);
}

/** The rows for ids on screen, in the same order; ids deleted meanwhile are skipped. */
export async function callsByIds(db: ReciprocityDatabase, ids: readonly string[]): Promise<Call[]> {
  return (await db.calls.bulkGet([...ids])).filter((c): c is Call => c !== undefined);
}
