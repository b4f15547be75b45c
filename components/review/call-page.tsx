import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Trash2, Undo2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { deleteCall, undo } from '../../lib/db/deletions-repository';
import { explainWriteError } from '../../lib/db/errors';
import { findCall } from '../../lib/db/calls-repository';
import { momentsOfCall } from '../../lib/db/moments-repository';
import { findPartner } from '../../lib/db/partners-repository';
import { giveTakeSeries } from '../../lib/domain/give-take-series';
import { summarize } from '../../lib/domain/reciprocity';
import { damagedCallFields } from '../../lib/domain/record-health';
import { useStore } from '../../lib/store/store';
import { FollowUpSection } from '../ui/follow-up/follow-up-section';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorBanner } from '../ui/error-banner';
import { DamagedRecordError } from '../ui/record-boundary';
import { useKindOf, useSummaryOptions } from '../app-context/settings-context';
import { formatOffset } from '../../lib/domain/format-time';
import { SIDE_LABELS } from '../ui/side-label';
import { AddMomentForm } from './add-moment-form';
import { CallHeader } from './call-header';
import { ExportPanel } from './export-panel';
import { GiveTakeChart } from './give-take-chart';
import { MomentCounts } from './moment-counts';
import { OutcomeForm } from './outcome-form';
import { SummaryCard } from './summary-card';
import { Timeline } from './timeline';
import { useTimelineEditing } from './use-timeline-editing';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function CallPage({ callId, onBack }: { callId: string; onBack?: () => void }) {
  const kindById = useKindOf();
  const db = useDatabase();
  const goHome = useStore((s) => s.goHome);
  const offerUndo = useStore((s) => s.offerUndo);
  const back = onBack ?? goHome;
  const call = useLiveQuery(() => findCall(db, callId), [db, callId]);
  const moments = useLiveQuery(() => momentsOfCall(db, callId), [db, callId]);
  const partner = useLiveQuery(
    async () => (call?.partnerId ? findPartner(db, call.partnerId) : null),
    [db, call?.partnerId],
  );
  const options = useSummaryOptions();
  const summary = useMemo(
    () => (moments ? summarize(moments, options) : undefined),
    [moments, options],
  );
  const series = useMemo(
    () => (moments ? giveTakeSeries(moments, options) : []),
    [moments, options],
  );
  const [flagKey, setFlagKey] = useState<string | null>(null);
  // Read from the current summary, so an edit that changes or clears the flag changes or
  // clears what is highlighted with it.
  const shownFlag = summary?.flags.find((f) => `${f.side}:${f.id}` === flagKey);
  // A flag an edit took away is let go, so that it does not come back highlighted later.
  if (flagKey && summary && !shownFlag) setFlagKey(null);
  const highlighted = useMemo<ReadonlySet<string>>(
    () => new Set(shownFlag?.momentIds ?? []),
    [shownFlag],
  );
  const timelineRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!flagKey) return;
    // The evidence may be far down a long timeline: bring its first moment into view.
    timelineRef.current
      ?.querySelector('[data-highlighted]')
      ?.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [flagKey]);
  const timeline = useTimelineEditing();
  const [actionError, setActionError] = useState<string | null>(null);

  const backButton = (
    <button type="button" className="link-button back-button" onClick={back}>
      <ArrowLeft size={14} aria-hidden="true" /> Back
    </button>
  );
  if (call === undefined || moments === undefined || !summary) {
    return (
      <main className="screen" aria-busy="true">
        {backButton}
        <p className="hint">Loading the call…</p>
      </main>
    );
  }
  if (call === null) {
    return (
      <main className="screen">
        {backButton}
        <p className="empty">This call no longer exists.</p>
      </main>
    );
  }
  // Shown as damaged by the RecordBoundary around this page, with a way to delete it.
  const damaged = damagedCallFields(call);
  if (damaged.length > 0) throw new DamagedRecordError(damaged, call.title);
  return (
    <main className="screen call-page">
      {backButton}
      <CallHeader call={call} partner={partner ?? null} moments={moments} />
      {actionError ? (
        <ErrorBanner message={actionError} onDismiss={() => setActionError(null)} />
      ) : null}
      <SummaryCard
        summary={summary}
        highlighted={shownFlag ? flagKey : null}
        onShowMoments={setFlagKey}
      />
      <GiveTakeChart
        series={series}
        durationMs={call.endedAt !== null ? call.endedAt - call.startedAt : 0}
      />
      {call.endedAt !== null || call.prep ? <OutcomeForm key={call.id} call={call} /> : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-heading">
          Timeline <span className="count">{moments.length}</span>
        </h2>
        {timeline.error ? (
          <ErrorBanner message={timeline.error} onDismiss={timeline.clearError} />
        ) : null}
        {timeline.deleted ? (
          <p className="undone" role="status">
            Deleted {SIDE_LABELS[timeline.deleted.side]} · {kindById(timeline.deleted.kind).short}{' '}
            at {formatOffset(timeline.deleted.offsetMs)}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void timeline.undoDelete()}
            >
              <Undo2 size={14} aria-hidden="true" /> Undo
            </button>
          </p>
        ) : null}
        <Timeline
          ref={timelineRef}
          moments={moments}
          highlighted={highlighted}
          editing={timeline.editing}
        />
        <AddMomentForm callId={call.id} />
      </section>
      <FollowUpSection moments={moments} />
      <MomentCounts tally={call.tally} />
      <ExportPanel call={call} partner={partner ?? null} moments={moments} />
      <ConfirmButton
        question={`Delete “${call.title}” and its ${moments.length} moments?`}
        confirmLabel="Delete call"
        onConfirm={() =>
          void deleteCall(db, call.id).then(
            (deleted) => {
              offerUndo({ message: `“${call.title}” deleted.`, undo: () => undo(db, deleted) });
              back();
            },
            (e: unknown) => void explainWriteError(e).then(setActionError),
          )
        }
      >
        <Trash2 size={14} aria-hidden="true" /> Delete call
      </ConfirmButton>
    </main>
  );
}
