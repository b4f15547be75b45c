import { lazy, Suspense, useMemo } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { callsWithOpen, partnerCalls, type PartnerCalls } from '../../lib/db/partner-query';
import { formatRoute } from '../../lib/domain/page-route';
import { DEFAULT_PARTNER_VIEW } from '../../lib/domain/partner-list';
import { isSoundCall } from '../../lib/domain/record-health';
import { PartnerExports } from './partner-exports';
import { relationshipLedger, type RelationshipLedger } from '../../lib/domain/relationship';
import { VirtualCallList } from '../ui/virtual-call-list';
import { useDatabase } from '../app-context/database-context';
import { createPreloadedRead, usePreloadedLiveQuery } from '../ui/preloaded-read';
import { BalanceChart } from './balance-chart';
import './partners.css';
import type { Call, Partner } from '../../lib/domain/model';
import { useFormatNumber, useT, useTranslateMessage } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

// Loaded while the partner's calls are read: the open items (their follow-up editing) and
// merge/delete are below the ledger and not needed for the page's first paint.
const loadOpenItems = () => import('./partner-open-items');
const loadActions = () => import('./partner-actions-section');
const PartnerOpenItems = lazy(() => loadOpenItems().then((m) => ({ default: m.PartnerOpenItems })));
const PartnerActionsSection = lazy(() =>
  loadActions().then((m) => ({ default: m.PartnerActionsSection })),
);

/** The partner and their calls, read before React renders (see `createPreloadedRead`). */
const partnerPreload = createPreloadedRead<PartnerCalls | null>();

/**
 * For a page opened straight on a partner: starts reading the partner and their calls, and
 * loading the code below the ledger. Resolves once the read is done.
 */
export function preloadPartnerPage(db: ReciprocityDatabase, partnerId: string): Promise<void> {
  void loadOpenItems().catch(() => undefined);
  void loadActions().catch(() => undefined);
  return partnerPreload.start(partnerId, partnerCalls(db, partnerId));
}

/** Gave and took, each side, across all the partner's calls. */
function LedgerTable({ partnerName, ledger }: { partnerName: string; ledger: RelationshipLedger }) {
  const t = useT();
  const number = useFormatNumber();
  return (
    <table className="ledger-table" aria-label={t('partners.ledger.label')}>
      <thead>
        <tr>
          <th scope="col">{t('partners.ledger.across', { count: ledger.callCount })}</th>
          <th scope="col">{t('partners.ledger.gave')}</th>
          <th scope="col">{t('partners.ledger.took')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{partnerName}</th>
          <td>{number(ledger.give.them)}</td>
          <td>{number(ledger.take.them)}</td>
        </tr>
        <tr>
          <th scope="row">{t('partners.ledger.you')}</th>
          <td>{number(ledger.give.me)}</td>
          <td>{number(ledger.take.me)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function OpenItemsLoading() {
  const t = useT();
  return (
    <>
      <h2 id="partner-open-heading" className="section-heading">
        {t('partners.open.heading')}
      </h2>
      <p className="hint" aria-busy="true">
        {t('partners.open.reading')}
      </p>
    </>
  );
}

/** Every call with the partner, newest first: all read with the page, so the list reads none. */
function PartnerCalls({ partner, calls }: { partner: Partner; calls: readonly Call[] }) {
  const t = useT();
  const newestFirst = useMemo(() => calls.map((c) => c.id).reverse(), [calls]);
  const rows = useMemo(() => new Map(calls.map((c) => [c.id, c])), [calls]);
  const names = useMemo(() => new Map([[partner.id, partner.name]]), [partner]);
  return (
    <section aria-labelledby="partner-calls-heading">
      <h2 id="partner-calls-heading" className="section-heading">
        {t('partners.page.calls')} <span className="count">{newestFirst.length}</span>
      </h2>
      {newestFirst.length === 0 ? (
        <p className="empty">{t('partners.page.noCalls', { name: partner.name })}</p>
      ) : (
        <VirtualCallList
          ids={newestFirst}
          partnerNames={names}
          known={rows}
          read={false}
          linkPartners={false}
        />
      )}
    </section>
  );
}

/** The relationship ledger: every call with one partner, and who gives and who takes. */
export function PartnerPage({ partnerId }: { partnerId: string }) {
  const db = useDatabase();
  const tm = useTranslateMessage();
  const t = useT();
  const data = usePreloadedLiveQuery(partnerPreload, partnerId, () => partnerCalls(db, partnerId), [
    db,
    partnerId,
  ]);
  // The calls whose stored tallies say anything is open: the open items look up only those.
  const withOpen = useMemo(() => (data ? callsWithOpen(data.calls).join(' ') : ''), [data]);
  // A damaged call is marked in the list below, not counted: one bad row must not stop the page.
  const soundCalls = useMemo(() => (data ? data.calls.filter(isSoundCall) : []), [data]);
  const ledger = useMemo(
    () => (data ? relationshipLedger(soundCalls) : undefined),
    [data, soundCalls],
  );

  if (data === undefined || !ledger) {
    return (
      <main className="page" aria-busy="true">
        <p className="hint">{t('partners.page.loading')}</p>
      </main>
    );
  }
  if (data === null) {
    return (
      <main className="page">
        <p className="empty">
          {t('partners.page.gone')}{' '}
          <a href={formatRoute({ name: 'partners', view: DEFAULT_PARTNER_VIEW })}>
            {t('partners.page.all')}
          </a>
        </p>
      </main>
    );
  }
  const { partner } = data;
  return (
    <main className="page partner-page">
      <header>
        <h1>{partner.name}</h1>
        <p className={`ledger-sentence trend-${ledger.trend}`}>{tm(ledger.sentence)}</p>
      </header>
      <LedgerTable partnerName={partner.name} ledger={ledger} />
      <PartnerExports partner={partner} calls={soundCalls} />
      <BalanceChart series={ledger.series} sentence={tm(ledger.sentence)} />
      <section aria-labelledby="partner-open-heading">
        <Suspense fallback={<OpenItemsLoading />}>
          <PartnerOpenItems partnerId={partnerId} withOpen={withOpen} />
        </Suspense>
      </section>
      <PartnerCalls partner={partner} calls={data.calls} />
      <Suspense fallback={null}>
        <PartnerActionsSection
          partner={partner}
          callCount={data.calls.length}
          onGone={(intoId) => {
            window.location.hash = intoId
              ? formatRoute({ name: 'partner', partnerId: intoId })
              : formatRoute({ name: 'partners', view: DEFAULT_PARTNER_VIEW });
          }}
        />
      </Suspense>
    </main>
  );
}
