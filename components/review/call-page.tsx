import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft } from 'lucide-react';
import { useMemo, useState } from 'react';
import { momentsOfCall } from '../../lib/db/moments-repository';
import { formatDuration } from '../../lib/domain/format-time';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import { giveTakeSeries } from '../../lib/domain/give-take-series';
import { summarize } from '../../lib/domain/reciprocity';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../shell/database-context';
import { GiveTakeChart } from './give-take-chart';
import { MomentCounts } from './moment-counts';
import { SummaryCard } from './summary-card';
import { Timeline } from './timeline';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

export function CallPage({ callId }: { callId: string }) {
  const db = useDatabase();
  const goHome = useStore((s) => s.goHome);
  const call = useLiveQuery(async () => (await db.calls.get(callId)) ?? null, [db, callId]);
  const moments = useLiveQuery(() => momentsOfCall(db, callId), [db, callId]);
  const partner = useLiveQuery(
    async () => (call?.partnerId ? ((await db.partners.get(call.partnerId)) ?? null) : null),
    [db, call?.partnerId],
  );
  const summary = useMemo(() => (moments ? summarize(moments) : undefined), [moments]);
  const series = useMemo(() => (moments ? giveTakeSeries(moments) : []), [moments]);
  const [flagKey, setFlagKey] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());

  const back = (
    <button type="button" className="link-button back-button" onClick={goHome}>
      <ArrowLeft size={14} aria-hidden="true" /> All calls
    </button>
  );
  if (call === undefined || moments === undefined || !summary) {
    return (
      <main className="screen" aria-busy="true">
        {back}
        <p className="hint">Loading the call…</p>
      </main>
    );
  }
  if (call === null) {
    return (
      <main className="screen">
        {back}
        <p className="empty">This call no longer exists.</p>
      </main>
    );
  }
  return (
    <main className="screen call-page">
      {back}
      <header className="call-header">
        <h1>{call.title}</h1>
        <p className="call-meta">
          {dateFormat.format(call.startedAt)}
          {call.endedAt !== null
            ? ` · ${formatDuration(call.endedAt - call.startedAt)}`
            : ' · live'}
          {call.platform !== 'other' ? ` · ${PLATFORM_LABELS[call.platform]}` : ''}
          {partner ? ` · with ${partner.name}` : ''}
        </p>
      </header>
      <SummaryCard
        summary={summary}
        highlighted={flagKey}
        onShowMoments={(key, ids) => {
          setFlagKey(key);
          setHighlighted(new Set(ids));
        }}
      />
      <GiveTakeChart
        series={series}
        durationMs={call.endedAt !== null ? call.endedAt - call.startedAt : 0}
      />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-heading">
          Timeline <span className="count">{moments.length}</span>
        </h2>
        <Timeline moments={moments} highlighted={highlighted} />
      </section>
      <MomentCounts tally={call.tally} />
    </main>
  );
}
