import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { openMomentsOfCalls } from '../../lib/db/follow-ups-repository';
import { callsWithOpen, partnerCalls, partnersByName } from '../../lib/db/partner-query';
import { NO_FILTERS } from '../../lib/domain/history-filters';
import { formatRoute } from '../../lib/domain/page-route';
import type { MomentChanges } from '../../lib/db/moments-repository';
import type { Moment } from '../../lib/domain/model';
import { relationshipLedger } from '../../lib/domain/relationship';
import { FollowUpItem } from '../follow-up/follow-up-item';
import { useFollowUpActions } from '../follow-up/use-follow-up-actions';
import { useSettledValue } from '../history/use-settled-value';
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
  const data = useLiveQuery(() => partnerCalls(db, partnerId), [db, partnerId]);
  // Read after the calls, whose stored tallies say which calls have anything open; the
  // ledger and the chart do not wait for it.
  const withOpen = useMemo(() => (data ? callsWithOpen(data.calls).join(' ') : ''), [data]);
  const openRead = useSettledValue(
    useLiveQuery(
      async () =>
        data
          ? { partnerId, open: await openMomentsOfCalls(db, withOpen.split(' ').filter(Boolean)) }
          : undefined,
      [db, partnerId, data !== undefined, withOpen],
    ),
  );
  // Kept while a settled item is re-read (no flash of "Reading…"), never another partner's.
  const open = openRead?.partnerId === partnerId ? openRead.open : undefined;
  const partners = useLiveQuery(() => partnersByName(db), [db]);
  const ledger = useMemo(() => (data ? relationshipLedger(data.calls) : undefined), [data]);
  const newestFirst = useMemo(() => (data ? data.calls.map((c) => c.id).reverse() : []), [data]);
  const rows = useMemo(() => new Map(data ? data.calls.map((c) => [c.id, c]) : []), [data]);
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
          Still open {open ? <span className="count">{open.length}</span> : null}
        </h2>
        {followUp.error ? (
          <ErrorBanner message={followUp.error} onDismiss={followUp.clearError} />
        ) : null}
        {open === undefined ? (
          <p className="hint" aria-busy="true">
            Reading what is still open…
          </p>
        ) : open.length === 0 ? (
          <p className="empty">Nothing open: every ask and commitment is settled.</p>
        ) : (
          <OpenItems
            open={open}
            now={now}
            onChange={(m, changes) => void followUp.change(m.id, changes)}
          />
        )}
      </section>
      <section aria-labelledby="partner-calls-heading">
        <h2 id="partner-calls-heading" className="section-heading">
          Calls <span className="count">{newestFirst.length}</span>
        </h2>
        {newestFirst.length === 0 ? (
          <p className="empty">No calls with {partner.name} yet.</p>
        ) : (
          <VirtualCallList ids={newestFirst} partnerNames={names} known={rows} read={false} />
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

/** Items shown before "Show all": a long-standing partner can have hundreds open. */
const FIRST_OPEN_ITEMS = 20;

/**
 * The open asks and commitments, the first few at once and the rest on request: each has
 * its own state select and date field, and hundreds of them took longer to draw than
 * everything else on the page.
 */
function OpenItems({
  open,
  now,
  onChange,
}: {
  open: readonly Moment[];
  now: number;
  onChange: (moment: Moment, changes: MomentChanges) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? open : open.slice(0, FIRST_OPEN_ITEMS);
  return (
    <>
      <ul className="follow-up-list" aria-label="Open asks and commitments">
        {shown.map((m) => (
          <FollowUpItem
            key={m.id}
            moment={m}
            now={now}
            when={dayFormat.format(m.at)}
            onChange={(changes) => onChange(m, changes)}
          />
        ))}
      </ul>
      {shown.length < open.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {open.length}
        </button>
      ) : null}
    </>
  );
}
