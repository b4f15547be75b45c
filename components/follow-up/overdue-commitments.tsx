import { useLiveQuery } from 'dexie-react-hooks';
import { AlarmClock, Check } from 'lucide-react';
import { useState } from 'react';
import { pastDueCommitments } from '../../lib/db/follow-ups-repository';
import { useKindOf } from '../shell/settings-context';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../shell/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { SIDE_LABELS } from '../ui/side-label';
import { useFollowUpActions } from './use-follow-up-actions';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Commitments past their due date, from every call, on the home screen. */
export function OverdueCommitments() {
  const kindById = useKindOf();
  const db = useDatabase();
  const [now] = useState(() => Date.now());
  const items = useLiveQuery(() => pastDueCommitments(db, now), [db, now]);
  const openCall = useStore((s) => s.openCall);
  const { change, error, clearError } = useFollowUpActions();
  if (!items || items.length === 0) return null;
  return (
    <section className="overdue card" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading" className="section-heading">
        <AlarmClock size={14} aria-hidden="true" /> Past due{' '}
        <span className="count">{items.length}</span>
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      <ul className="follow-up-list">
        {items.map(({ moment, call }) => {
          const text = moment.note || kindById(moment.kind).label;
          return (
            <li key={moment.id} className="follow-up-item overdue">
              <span className={`side-chip side-${moment.side}`}>{SIDE_LABELS[moment.side]}</span>
              <span className="follow-up-text">
                {text}{' '}
                <button type="button" className="link-button" onClick={() => openCall(call.id)}>
                  {call.title}
                </button>
              </span>
              <span className="overdue-chip">due {dayFormat.format(moment.dueAt ?? 0)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Mark done: ${text}`}
                title="Done"
                onClick={() => void change(moment, { state: 'done' })}
              >
                <Check size={14} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
