import type { ReciprocityDatabase } from '../../lib/db/database';
import { historyFirstScreen, type HistoryFirstScreen } from '../../lib/db/history-query';
import type { HistoryFilters } from '../../lib/domain/history-filters';
import { createPreloadedRead } from '../shell/preloaded-read';
import { FIRST_SCREEN_ROWS } from './virtual-call-list';

/** The history's first screen, read before React renders (see `createPreloadedRead`). */
export const firstScreenPreload = createPreloadedRead<HistoryFirstScreen>();

/** Starts reading the first screen of the history `filters` ask for; resolves once read. */
export function preloadHistoryFirstScreen(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
): Promise<void> {
  return firstScreenPreload.start(
    JSON.stringify(filters),
    historyFirstScreen(db, filters, FIRST_SCREEN_ROWS),
  );
}
