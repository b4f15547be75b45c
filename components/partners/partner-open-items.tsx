import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { openMomentsOfCalls } from '../../lib/db/follow-ups-repository';
import type { MomentChanges } from '../../lib/db/moments-repository';
import { formatDay } from '../../lib/domain/format-time';
import type { Moment } from '../../lib/domain/model';
import { FollowUpItem } from '../ui/follow-up/follow-up-item';
import { useFollowUpActions } from '../ui/follow-up/use-follow-up-actions';
import { useSettledValue } from '../ui/use-settled-value';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { useAfterPaint } from '../ui/use-after-paint';
import { useDateLocale, useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

/** Items shown before "Show all": a long-standing partner can have hundreds open. */
const FIRST_OPEN_ITEMS = 20;

/**
 * What is still open with a partner. Its code and its read come after the ledger: looking up
 * the open moments of a long-standing partner's calls is a query per call, and should not
 * hold back the page's first paint.
 */
export function PartnerOpenItems({
  partnerId,
  withOpen,
}: {
  partnerId: string;
  /** The calls whose stored tallies say anything is open, as space-separated ids. */
  withOpen: string;
}) {
  const db = useDatabase();
  const t = useT();
  const painted = useAfterPaint();
  const read = useSettledValue(
    useLiveQuery(
      async () =>
        painted
          ? {
              partnerId,
              // Newest first: what a partner still owes from years ago matters least.
              open: (await openMomentsOfCalls(db, withOpen.split(' ').filter(Boolean))).reverse(),
            }
          : undefined,
      [db, painted, partnerId, withOpen],
    ),
  );
  // Kept while a settled item is re-read (no flash of "Reading…"), never another partner's.
  const open = read?.partnerId === partnerId ? read.open : undefined;
  const followUp = useFollowUpActions();
  const [now] = useState(() => Date.now());
  return (
    <>
      <h2 id="partner-open-heading" className="section-heading">
        {t('partners.open.heading')} {open ? <span className="count">{open.length}</span> : null}
      </h2>
      {followUp.error ? (
        <ErrorBanner message={followUp.error} onDismiss={followUp.clearError} />
      ) : null}
      {open === undefined ? (
        <p className="hint" aria-busy="true">
          {t('partners.open.reading')}
        </p>
      ) : open.length === 0 ? (
        <p className="empty">{t('partners.open.none')}</p>
      ) : (
        <OpenItems
          open={open}
          now={now}
          onChange={(m, changes) => void followUp.change(m, changes)}
        />
      )}
    </>
  );
}

/**
 * The first few items at once and the rest on request: each has its own state select and
 * date field, and hundreds of them took longer to draw than everything else on the page.
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
  const t = useT();
  const dateLocale = useDateLocale();
  const shown = all ? open : open.slice(0, FIRST_OPEN_ITEMS);
  return (
    <>
      <ul className="follow-up-list" aria-label={t('partners.open.label')}>
        {shown.map((m) => (
          <FollowUpItem
            key={m.id}
            moment={m}
            now={now}
            when={formatDay(m.at, now, dateLocale)}
            onChange={(changes) => onChange(m, changes)}
          />
        ))}
      </ul>
      {shown.length < open.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('partners.open.showAll', { count: open.length })}
        </button>
      ) : null}
    </>
  );
}
