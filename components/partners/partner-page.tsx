import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { partnerData } from '../../lib/db/partner-query';
import { NO_FILTERS } from '../../lib/domain/history-filters';
import { formatRoute } from '../../lib/domain/page-route';
import { relationshipLedger } from '../../lib/domain/relationship';
import { FollowUpItem } from '../follow-up/follow-up-item';
import { useFollowUpActions } from '../follow-up/use-follow-up-actions';
import { VirtualCallList } from '../history/virtual-call-list';
import { useDatabase } from '../shell/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { BalanceChart } from './balance-chart';
import { PartnerActions } from './partner-actions';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The relationship ledger: every call with one partner, and who gives and who takes. */
export function PartnerPage({ partnerId }: { partnerId: string }) {
  const db = useDatabase();
  const data = useLiveQuery(() => partnerData(db, partnerId), [db, partnerId]);
  const partners = useLiveQuery(() => db.partners.orderBy('name').toArray(), [db]);
  const ledger = useMemo(() => (data ? relationshipLedger(data.calls) : undefined), [data]);
  const newestFirst = useMemo(() => (data ? data.calls.map((c) => c.id).reverse() : []), [data]);
  const names = useMemo(() => new Map(data ? [[data.partner.id, data.partner.name]] : []), [data]);
  const followUp = useFollowUpActions();
  const [now] = useState(() => Date.now());

  if (data === undefined || !ledger) {
    return (
      <main className="page" aria-busy="true">
        <p className="hint">Loading the partner…</p>
      </main>
    );
  }
  if (data === null) {
    return (
      <main className="page">
        <p className="empty">
          This partner no longer exists.{' '}
          <a href={formatRoute({ name: 'history', filters: NO_FILTERS })}>All calls</a>
        </p>
      </main>
    );
  }
  const { partner } = data;
  return (
    <main className="page partner-page">
      <header>
        <h1>{partner.name}</h1>
        <p className={`ledger-sentence trend-${ledger.trend}`}>{ledger.sentence}</p>
      </header>
      <table className="ledger-table" aria-label="Across all calls">
        <thead>
          <tr>
            <th scope="col">
              Across {ledger.callCount === 1 ? '1 call' : `${ledger.callCount} calls`}
            </th>
            <th scope="col">Gave</th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{partner.name}</th>
            <td>{fmt(ledger.give.them)}</td>
            <td>{fmt(ledger.take.them)}</td>
          </tr>
          <tr>
            <th scope="row">You</th>
            <td>{fmt(ledger.give.me)}</td>
            <td>{fmt(ledger.take.me)}</td>
          </tr>
        </tbody>
      </table>
      <BalanceChart series={ledger.series} sentence={ledger.sentence} />
      <section aria-labelledby="partner-open-heading">
        <h2 id="partner-open-heading" className="section-heading">
          Still open <span className="count">{data.open.length}</span>
        </h2>
        {followUp.error ? (
          <ErrorBanner message={followUp.error} onDismiss={followUp.clearError} />
        ) : null}
        {data.open.length === 0 ? (
          <p className="empty">Nothing open: every ask and commitment is settled.</p>
        ) : (
          <ul className="follow-up-list" aria-label="Open asks and commitments">
            {data.open.map((m) => (
              <FollowUpItem
                key={m.id}
                moment={m}
                now={now}
                when={dayFormat.format(m.at)}
                onChange={(changes) => void followUp.change(m.id, changes)}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="partner-calls-heading">
        <h2 id="partner-calls-heading" className="section-heading">
          Calls <span className="count">{newestFirst.length}</span>
        </h2>
        {newestFirst.length === 0 ? (
          <p className="empty">No calls with {partner.name} yet.</p>
        ) : (
          <VirtualCallList ids={newestFirst} partnerNames={names} />
        )}
      </section>
      <PartnerActions
        partner={partner}
        others={(partners ?? []).filter((p) => p.id !== partner.id)}
        callCount={data.calls.length}
        onGone={(intoId) => {
          window.location.hash = intoId
            ? formatRoute({ name: 'partner', partnerId: intoId })
            : formatRoute({ name: 'history', filters: NO_FILTERS });
        }}
      />
    </main>
  );
}
