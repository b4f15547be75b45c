import { useState } from 'react';
import { formatDay } from '../../lib/domain/format-time';
import type { Side } from '../../lib/domain/model';
import { formatRoute } from '../../lib/domain/page-route';
import { TREND_LABELS, type PartnerSort, type PartnerSummary } from '../../lib/domain/partner-list';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { useDateLocale, useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

type Column = 'name' | 'calls' | 'last' | 'them' | 'me' | 'trend' | 'open';

const HEADERS: ReadonlyArray<[Column, MessageId]> = [
  ['name', 'partners.table.partner'],
  ['calls', 'partners.table.calls'],
  ['last', 'partners.table.last'],
  ['them', 'partners.table.them'],
  ['me', 'partners.table.me'],
  ['trend', 'partners.table.trend'],
  ['open', 'partners.table.open'],
];

/** The column a sort orders by, as `aria-sort` tells a screen reader; "took most" has none. */
const SORTED: Partial<Record<PartnerSort, [Column, 'ascending' | 'descending']>> = {
  name: ['name', 'ascending'],
  last: ['last', 'descending'],
  calls: ['calls', 'descending'],
};

/** "gave 3 · took 9", each half kept whole when a narrow window wraps the cell. */
function Figures({ partner, side }: { partner: PartnerSummary; side: Side }) {
  const t = useT();
  return (
    <>
      <span className="figure">{t('partners.table.gave', { points: partner.give[side] })}</span>
      {' · '}
      <span className="figure">{t('partners.table.took', { points: partner.take[side] })}</span>
    </>
  );
}

/** The partners in the order given, one row each; the name opens the partner's page. */
export function PartnersTable({
  partners,
  sort,
}: {
  partners: readonly PartnerSummary[];
  sort: PartnerSort;
}) {
  // Which year is "this year", fixed for the page's life: a date does not change as it re-renders.
  const [now] = useState(() => Date.now());
  const t = useT();
  const dateLocale = useDateLocale();
  const [sortedColumn, direction] = SORTED[sort] ?? [];
  return (
    <table className="partners-table" aria-label={t('partners.table.label')}>
      <thead>
        <tr>
          {HEADERS.map(([column, label]) => (
            <th
              key={column}
              scope="col"
              className={`col-${column}`}
              aria-sort={column === sortedColumn ? direction : undefined}
            >
              {t(label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.id}>
            <th scope="row" className="col-name">
              <a href={formatRoute({ name: 'partner', partnerId: p.id })}>{p.name}</a>
              {p.organisation ? <span className="partner-org">{p.organisation}</span> : null}
            </th>
            <td className="col-calls">{p.callCount}</td>
            <td className="col-last">
              {p.lastCallAt === null
                ? t('partners.table.noCalls')
                : formatDay(p.lastCallAt, now, dateLocale)}
            </td>
            <td className="col-them">
              <Figures partner={p} side="them" />
            </td>
            <td className="col-me">
              <Figures partner={p} side="me" />
            </td>
            <td className="col-trend">
              <span className={`trend-chip trend-${p.trend}`}>{t(TREND_LABELS[p.trend])}</span>
            </td>
            <td className={`col-open${p.openItems > 0 ? ' has-open' : ''}`}>{p.openItems}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
