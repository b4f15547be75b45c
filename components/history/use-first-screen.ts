import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { historyFirstScreen, type HistoryFirstScreen } from '../../lib/db/history-query';
import type { HistoryFilters } from '../../lib/domain/history-filters';
import { useDatabase } from '../shell/database-context';
import { dropPreloadedFirstScreen, usePreloadedFirstScreen } from './first-screen-preload';
import { useAfterPaint } from './use-after-paint';
import { useSettledValue } from './use-settled-value';
import { FIRST_SCREEN_ROWS } from './virtual-call-list';

/**
 * The history's first rows and every partner, live. `readKey` changes when the read must be
 * redone. When the page's script preloaded them, those are shown first and the live query
 * waits until they are painted: reading them twice before that frame would hold it.
 */
export function useFirstScreen(
  filters: HistoryFilters,
  readKey: string,
): HistoryFirstScreen | undefined {
  const db = useDatabase();
  const preload = usePreloadedFirstScreen(JSON.stringify(filters));
  const painted = useAfterPaint(preload.value !== undefined);
  const wait = preload.pending && !painted;
  const live = useLiveQuery(
    () => (wait ? undefined : historyFirstScreen(db, filters, FIRST_SCREEN_ROWS)),
    [db, readKey, wait],
  );
  useEffect(() => {
    if (live !== undefined) dropPreloadedFirstScreen();
  }, [live]);
  return useSettledValue(live ?? preload.value);
}
