import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { historyCallIds } from '../../lib/db/history-query';
import { hasFilters, type HistoryFilters } from '../../lib/domain/history-filters';
import { useDatabase } from '../shell/database-context';
import { HistoryFiltersBar } from './history-filters-bar';
import { useSettledValue } from './use-settled-value';
import { VirtualCallList } from './virtual-call-list';

/** Every call, newest first, findable by search and filters that live in the URL. */
export function HistoryPage({
  filters,
  onFiltersChange,
}: {
  filters: HistoryFilters;
  onFiltersChange: (filters: HistoryFilters, options?: { replace?: boolean }) => void;
}) {
  const db = useDatabase();
  const key = JSON.stringify(filters);
  const ids = useSettledValue(useLiveQuery(() => historyCallIds(db, filters), [db, key]));
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]);
  const partnerNames = useMemo(
    () => new Map((partners ?? []).map((p) => [p.id, p.name])),
    [partners],
  );

  return (
    <main className="page history-page">
      <h1>History</h1>
      <HistoryFiltersBar filters={filters} partners={partners ?? []} onChange={onFiltersChange} />
      {ids === undefined ? (
        <p className="hint" aria-busy="true">
          Loading your calls…
        </p>
      ) : (
        <>
          <p className="history-count" role="status">
            {ids.length === 1 ? '1 call' : `${ids.length.toLocaleString()} calls`}
          </p>
          {ids.length === 0 ? (
            <p className="empty">
              {hasFilters(filters)
                ? 'No call matches. Try fewer words or clear the filters.'
                : 'No calls yet. Start one from the side panel when your next partner call begins.'}
            </p>
          ) : (
            <VirtualCallList ids={ids} partnerNames={partnerNames} />
          )}
        </>
      )}
    </main>
  );
}
