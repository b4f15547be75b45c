import { useLiveQuery } from 'dexie-react-hooks';
import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { recentCalls } from '../../lib/db/calls-repository';
import { NO_FILTERS } from '../../lib/domain/history-filters';
import { PageLink } from '../app-context/page-link';
import { formatCallDayTime, formatDuration } from '../../lib/domain/format-time';
import { damagedCallFields } from '../../lib/domain/record-health';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { VerdictChip } from '../ui/verdict-chip';
import { Kbd } from '../ui/kbd';
import { RecordBoundary } from '../ui/record-boundary';
import '../ui/call-row.css';
import { useDateLocale, useT } from '../app-context/i18n-context';

const RECENT = 5;
const KEY_MARK = '\u0000';

/** The sentence with its keyboard shortcut drawn as a key where the message puts it. */
function withKey(text: string) {
  const [before, after] = text.split(KEY_MARK);
  return (
    <>
      {before}
      <Kbd>Alt+Shift+1</Kbd>
      {after}
    </>
  );
}

/** The last few calls, newest first, read from the stored tallies (no moment scans). */
export function RecentCalls() {
  const db = useDatabase();
  const openCall = useStore((s) => s.openCall);
  const t = useT();
  const dateLocale = useDateLocale();
  // Which year is "this year", fixed for the screen's life: a date does not change as it re-renders.
  const [now] = useState(() => Date.now());
  const calls = useLiveQuery(() => recentCalls(db, RECENT), [db]);
  if (!calls) return null;
  return (
    <section className="recent-calls" aria-labelledby="recent-heading">
      <div className="section-heading-row">
        <h2 id="recent-heading" className="section-heading">
          {t('home.recent.heading')}
        </h2>
        <PageLink route={{ name: 'history', filters: NO_FILTERS }} className="link-button">
          {t('home.recent.all')} <ExternalLink size={12} aria-hidden="true" />
        </PageLink>
      </div>
      {calls.length === 0 ? (
        <p className="empty">{withKey(t('home.recent.empty', { key: KEY_MARK }))}</p>
      ) : (
        <ul className="call-list">
          {calls.map((call) => (
            <li key={call.id}>
              <RecordBoundary
                target={{ kind: 'call', callId: call.id, title: call.title }}
                damaged={damagedCallFields(call)}
              >
                {() => (
                  <button type="button" className="call-row" onClick={() => openCall(call.id)}>
                    <span className="call-row-title">{call.title}</span>
                    <span className="call-row-meta">
                      {formatCallDayTime(call.startedAt, now, dateLocale)}
                      {call.endedAt !== null
                        ? ` · ${formatDuration(call.endedAt - call.startedAt)}`
                        : ''}
                      {t('home.recent.moments', { count: call.tally.total })}
                    </span>
                    <VerdictChip verdict={call.tally.verdict} />
                  </button>
                )}
              </RecordBoundary>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
