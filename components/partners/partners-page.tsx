import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { partnerSummaries } from '../../lib/db/partner-list-query';
import {
  partnerList,
  type PartnerListView,
  type PartnerSummary,
} from '../../lib/domain/partner-list';
import { useDatabase } from '../app-context/database-context';
import { PartnersTable } from './partners-table';
import { PartnersToolbar } from './partners-toolbar';
import './partners.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

/**
 * The list as last read, shown at once when the page comes back to it (open a partner, Back)
 * while the live query reads it again: with 10,000 calls that read takes a few hundred ms.
 */
let lastRead: { db: ReciprocityDatabase; summaries: PartnerSummary[] } | undefined;

/**
 * Every partner: their calls, who gave and who took, where the relationship is heading and
 * what is still open. Read once from the calls' tallies; searching and sorting never re-read.
 */
export function PartnersPage({
  view,
  onViewChange,
}: {
  view: PartnerListView;
  onViewChange: (view: PartnerListView, options?: { replace?: boolean }) => void;
}) {
  const db = useDatabase();
  const t = useT();
  const all = useLiveQuery(
    () => partnerSummaries(db),
    [db],
    lastRead?.db === db ? lastRead.summaries : undefined,
  );
  useEffect(() => {
    if (all) lastRead = { db, summaries: all };
  }, [db, all]);
  const shown = useMemo(() => (all ? partnerList(all, view) : undefined), [all, view]);

  return (
    <main className="page partners-page">
      <h1>{t('partners.list.heading')}</h1>
      <PartnersToolbar view={view} onChange={onViewChange} />
      {all === undefined || shown === undefined ? (
        <p className="hint" aria-busy="true">
          {t('partners.list.loading')}
        </p>
      ) : (
        <>
          <p className="history-count" role="status">
            {view.q
              ? t('partners.list.countOf', { shown: shown.length, count: all.length })
              : t('partners.list.count', { count: all.length })}
          </p>
          {all.length === 0 ? (
            <p className="empty">{t('partners.list.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">
              {t('partners.list.noMatch', { query: view.q })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onViewChange({ ...view, q: '' })}
              >
                {t('partners.list.clear')}
              </button>
            </p>
          ) : (
            <PartnersTable partners={shown} sort={view.sort} />
          )}
        </>
      )}
    </main>
  );
}
