import { useLiveQuery } from 'dexie-react-hooks';
import { History } from 'lucide-react';
import { memo, useMemo } from 'react';
import { partnerBrief } from '../../lib/db/partner-query';
import { formatDay } from '../../lib/domain/format-time';
import { openItemWording } from '../../lib/domain/open-item-wording';
import { useKindOf } from '../app-context/settings-context';
import { isSoundCall } from '../../lib/domain/record-health';
import { relationshipLedger } from '../../lib/domain/relationship';
import { useDatabase } from '../app-context/database-context';
import { PageLink } from '../app-context/page-link';
import { VerdictChip } from '../ui/verdict-chip';
import '../ui/moment-row.css';
import { useDateLocale, useT, useTranslateMessage } from '../app-context/i18n-context';

const SHOWN_OPEN = 4;

/**
 * Before talking to a known partner: how the last call went, the trend, what is still open.
 * Takes the call's fields it uses, not the call: the live call's row is read again after
 * every tag (its tally changes), and this then has nothing to render again.
 */
export const PreCallBrief = memo(function PreCallBrief({
  callId,
  partnerId,
  startedAt,
}: {
  callId: string;
  partnerId: string | undefined;
  startedAt: number;
}) {
  const kindById = useKindOf();
  const db = useDatabase();
  const tm = useTranslateMessage();
  const t = useT();
  const dateLocale = useDateLocale();
  // Only calls that started before this one, and their open items: nothing of the live call
  // is read, so tagging it never re-runs this query (a heavy user's partner has hundreds).
  const data = useLiveQuery(
    async () => (partnerId ? partnerBrief(db, partnerId, startedAt, SHOWN_OPEN) : null),
    [db, partnerId, startedAt],
  );
  const past = useMemo(
    // A damaged earlier call is left out of the brief rather than stopping the live screen.
    () =>
      data
        ? data.calls.filter((c) => c.id !== callId && c.startedAt <= startedAt && isSoundCall(c))
        : [],
    [data, callId, startedAt],
  );
  const ledger = useMemo(() => relationshipLedger(past), [past]);
  if (!data || past.length === 0) return null;
  const last = past.at(-1);
  const now = Date.now();
  return (
    <details className="pre-call-brief" open>
      <summary>
        <History size={14} aria-hidden="true" />{' '}
        {t('live.brief.summary', { name: data.partner.name })}
      </summary>
      {last ? (
        <p className="brief-last">
          {t('live.brief.lastCall', { day: formatDay(last.startedAt, startedAt, dateLocale) })}{' '}
          <VerdictChip verdict={last.tally.verdict} />
        </p>
      ) : null}
      <p className="brief-trend">{tm(ledger.sentence)}</p>
      {data.open.length > 0 ? (
        <>
          <p className="brief-open-heading">{t('live.brief.openHeading')}</p>
          <ul className="brief-open" aria-label={t('live.brief.openLabel')}>
            {data.open.map((m) => {
              const { messages: item, pastDue } = openItemWording(m, kindById(m.kind).label, now);
              return (
                <li key={m.id}>
                  <span className={`side-chip side-${m.side}`}>{t(item.subject)}</span>{' '}
                  {tm(item.text)}
                  {item.due ? (
                    <span className={pastDue ? 'past-due' : 'due'}> · {tm(item.due)}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {data.openCount > data.open.length ? (
            <p className="hint">
              {t('live.brief.more', { count: data.openCount - data.open.length })}
            </p>
          ) : null}
        </>
      ) : null}
      <PageLink route={{ name: 'partner', partnerId: data.partner.id }} className="link-button">
        {t('live.brief.openPage', { name: data.partner.name })}
      </PageLink>
    </details>
  );
});
