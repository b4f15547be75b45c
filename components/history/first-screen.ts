import type { ReciprocityDatabase } from '../../lib/db/database';
import { historyFirstScreen, type HistoryFirstScreen } from '../../lib/db/history-query';
import type { HistoryFilters } from '../../lib/domain/history-filters';
import { useDatabase } from '../app-context/database-context';
import { createPreloadedRead, usePreloadedLiveQuery } from '../ui/preloaded-read';
import { useSettledValue } from '../ui/use-settled-value';
import { firstScreenRows } from '../ui/virtual-call-list';

/** The history's first screen, read before React renders (see `createPreloadedRead`). */
export const firstScreenPreload = createPreloadedRead<HistoryFirstScreen>();

/** Starts reading the first screen of the history `filters` ask for; resolves once read. */
export function preloadHistoryFirstScreen(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
): Promise<void> {
  return firstScreenPreload.start(
    JSON.stringify(filters),
    historyFirstScreen(db, filters, firstScreenRows()),
  );
}

/**
 * The history's first rows and every partner, live, shown first from the page script's
 * preload when there is one. `readKey` changes when the read must be redone.
 */
export function useFirstScreen(
  filters: HistoryFilters,
  readKey: string,
): HistoryFirstScreen | undefined {
  const db = useDatabase();
  return useSettledValue(
    usePreloadedLiveQuery(
      firstScreenPreload,
      JSON.stringify(filters),
      () => historyFirstScreen(db, filters, firstScreenRows()),
      [db, readKey],
    ),
  );
}
