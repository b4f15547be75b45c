import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  orderAloneAnswers,
  historyOrder,
  narrowIds,
  narrowingIdSets,
  orderedCallIds,
} from '../../lib/db/history-query';
import { hasFilters, type HistoryFilters } from '../../lib/domain/history-filters';
import { useDatabase } from '../app-context/database-context';
import { useFirstScreen } from './first-screen';
import { ExportCallsButton } from './export-calls-button';
import { HistoryFiltersBar } from './history-filters-bar';
import { useAfterPaint } from '../ui/use-after-paint';
import { useSettledValue } from '../ui/use-settled-value';
import { VirtualCallList } from '../ui/virtual-call-list';
import './history.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-history';

/** Every call, newest first, findable by search and filters that live in the URL. */
export function HistoryPage({
  filters,
  onFiltersChange,
}: {
  filters: HistoryFilters;
  onFiltersChange: (filters: HistoryFilters, options?: { replace?: boolean }) => void;
}) {
  const db = useDatabase();
  const t = useT();
  const key = JSON.stringify(filters);
  const order = historyOrder(filters);
  const orderKey = JSON.stringify(order);
  // What narrows the order is declared (so subscribed, so queued in IndexedDB) first: it
  // reads nothing when nothing narrows, and a search's words then go before anything else.
  const narrowing = useSettledValue(useLiveQuery(() => narrowingIdSets(db, filters), [db, key]));
  // Then the first screen: its rows straight from the ordering index (while the ids of every
  // call are still being read) with the partners that name them, in one read and one render.
  // Re-read only for filters it can answer, so that typing a search does not re-read it.
  const firstKey = orderAloneAnswers(filters) ? key : 'narrowed';
  const first = useFirstScreen(filters, firstKey);
  const head = first?.[0];
  const partners = first?.[1];
  // Last, once the first screen is painted, the order, read apart from what narrows it:
  // typing a search re-reads only the words' index, not the ids of every call.
  const painted = useAfterPaint(head !== undefined);
  const ordered = useSettledValue(
    useLiveQuery(() => (painted ? orderedCallIds(db, order) : undefined), [db, orderKey, painted]),
  );
  const ids = useMemo(
    () => (ordered && narrowing !== undefined ? narrowIds(ordered, narrowing) : undefined),
    [ordered, narrowing],
  );
  const partnerNames = useMemo(
    () => (partners ? new Map(partners.map((p) => [p.id, p.name])) : undefined),
    [partners],
  );
  // The partner filter's choices once the first screen is painted: 200 options cost the
  // first frame more than its rows do, and no one picks one before that frame is drawn.
  const partnerChoices = useMemo(
    () => (painted ? (partners ?? []) : (partners ?? []).filter((p) => p.id === filters.partnerId)),
    [painted, partners, filters.partnerId],
  );
  const known = useMemo(() => new Map((head ?? []).map((c) => [c.id, c])), [head]);
  // Until every id is read, the first screen is the rows read straight from the index.
  const shownIds = ids ?? head?.map((c) => c.id);

  return (
    <main className="page history-page">
      <h1>{t('history.heading')}</h1>
      <HistoryFiltersBar filters={filters} partners={partnerChoices} onChange={onFiltersChange} />
      {shownIds === undefined ? (
        <p className="hint" aria-busy="true">
          {t('history.loading')}
        </p>
      ) : (
        <>
          {ids === undefined ? (
            // Not a status yet: announcing "counting" and then the count would be noise.
            <p className="history-count" aria-busy="true">
              {t('history.counting')}
            </p>
          ) : (
            <div className="history-count-row">
              <p className="history-count" role="status">
                {t('history.count', { count: ids.length })}
              </p>
              {partnerNames ? <ExportCallsButton ids={ids} partnerNames={partnerNames} /> : null}
            </div>
          )}
          {shownIds.length === 0 ? (
            <p className="empty">
              {t(hasFilters(filters) ? 'history.empty.filtered' : 'history.empty')}
            </p>
          ) : (
            <VirtualCallList
              ids={shownIds}
              partnerNames={partnerNames}
              known={known}
              read={ids !== undefined}
            />
          )}
        </>
      )}
    </main>
  );
}
