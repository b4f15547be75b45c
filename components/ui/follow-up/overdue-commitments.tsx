import { useLiveQuery } from 'dexie-react-hooks';
import { AlarmClock, Check } from 'lucide-react';
import { useState } from 'react';
import { pastDueCommitments } from '../../../lib/db/follow-ups-repository';
import { formatDay } from '../../../lib/domain/format-time';
import { useKindOf } from '../../app-context/settings-context';
import { useStore } from '../../../lib/store/store';
import { useDatabase } from '../../app-context/database-context';
import { ErrorBanner } from '../error-banner';
import { SIDE_LABEL_IDS } from '../../../lib/domain/i18n/labels';
import { useFollowUpActions } from './use-follow-up-actions';
import { AllCommitmentsToCalendar } from './all-commitments-to-calendar';
import { RecordBoundary } from '../record-boundary';
import '../moment-row.css';
import './follow-up.css';
import { useDateLocale, useT } from '../../app-context/i18n-context';

/** Shown at first: the latest few; years of calls can hold thousands of forgotten ones. */
const FIRST = 5;
const MORE = FIRST + 1;
const ALL = Number.POSITIVE_INFINITY;

/** Commitments past their due date, from every call, most recently due first. */
export function OverdueCommitments() {
  const kindById = useKindOf();
  const t = useT();
  const dateLocale = useDateLocale();
  const db = useDatabase();
  const [now] = useState(() => Date.now());
  const [showAll, setShowAll] = useState(false);
  // One more than shown, to know whether there are more. The previous answer stays on
  // screen while every one is read.
  const read = useLiveQuery(
    async () => ({ all: showAll, items: await pastDueCommitments(db, now, showAll ? ALL : MORE) }),
    [db, now, showAll],
  );
  const openCall = useStore((s) => s.openCall);
  const { change, error, clearError } = useFollowUpActions();
  if (!read || read.items.length === 0) return null;
  const more = !read.all && read.items.length > FIRST;
  const items = more ? read.items.slice(0, FIRST) : read.items;
  return (
    <section className="overdue card" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading" className="section-heading">
        <AlarmClock size={14} aria-hidden="true" /> {t('ui.overdue.heading')}{' '}
        <span className="count">{more ? `${FIRST}+` : items.length}</span>
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      <ul className="follow-up-list">
        {items.map(({ moment, call }) => (
          <li key={moment.id} className="follow-up-item overdue">
            <RecordBoundary
              target={{ kind: 'moment', callId: call.id, momentId: moment.id, note: moment.note }}
            >
              {() => {
                const text = moment.note || kindById(moment.kind).label;
                return (
                  <>
                    <span className={`side-chip side-${moment.side}`}>
                      {t(SIDE_LABEL_IDS[moment.side])}
                    </span>
                    <span className="follow-up-text">
                      {text}{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => openCall(call.id)}
                      >
                        {call.title}
                      </button>
                    </span>
                    <span className="overdue-chip">
                      {t('ui.overdue.due', { day: formatDay(moment.dueAt ?? 0, now, dateLocale) })}
                    </span>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('ui.overdue.markDone', { text })}
                      title={t('ui.overdue.done')}
                      onClick={() => void change(moment, { state: 'done' })}
                    >
                      <Check size={14} aria-hidden="true" />
                    </button>
                  </>
                );
              }}
            </RecordBoundary>
          </li>
        ))}
      </ul>
      {showAll && !read.all ? (
        <p className="hint" aria-busy="true">
          {t('ui.overdue.reading')}
        </p>
      ) : more ? (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          {t('ui.overdue.showAll')}
        </button>
      ) : null}
      <AllCommitmentsToCalendar />
    </section>
  );
}
