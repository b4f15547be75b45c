import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft } from 'lucide-react';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { findCall } from '../../lib/db/calls-repository';
import { momentsOfCall } from '../../lib/db/moments-repository';
import { findPartner } from '../../lib/db/partners-repository';
import { giveTakeSeries } from '../../lib/domain/give-take-series';
import type { Moment } from '../../lib/domain/model';
import { summarize } from '../../lib/domain/reciprocity';
import { damagedCallFields } from '../../lib/domain/record-health';
import { useStore } from '../../lib/store/store';
import { FollowUpSection } from '../ui/follow-up/follow-up-section';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { DamagedRecordError } from '../ui/record-boundary';
import { useSummaryOptions } from '../app-context/settings-context';
import { CallHeader } from './call-header';
import { DeleteCallButton } from './delete-call-button';
import { ExportPanel } from './export-panel';
import { GiveTakeChart } from './give-take-chart';
import { MomentCounts } from './moment-counts';
import { OutcomeForm } from './outcome-form';
import { SummaryCard } from './summary-card';
import { TimelineSection } from './timeline-section';
import { useFlagHighlight } from './use-flag-highlight';
import './review.css';
import { useT } from '../app-context/i18n-context';
import { TalkShare } from '../ui/quotes/talk-share';

// Most calls keep no transcript: the page shows without waiting for its list and virtualizer.
const TranscriptSection = lazy(() =>
  import('../ui/quotes/transcript-section').then((m) => ({ default: m.TranscriptSection })),
);
import '../../lib/domain/i18n/messages-en-review';

/** The verdict and the give and take over time, from the call's moments as they are now. */
function useCallSummary(moments: Moment[] | undefined) {
  const options = useSummaryOptions();
  const summary = useMemo(
    () => (moments ? summarize(moments, options) : undefined),
    [moments, options],
  );
  const series = useMemo(
    () => (moments ? giveTakeSeries(moments, options) : []),
    [moments, options],
  );
  return { summary, series };
}

/** The page while the call is loading, or once it is gone. */
function CallPageNotice({
  busy,
  back,
  children,
}: {
  busy: boolean;
  back: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="screen" aria-busy={busy ? 'true' : undefined}>
      {back}
      {children}
    </main>
  );
}

export function CallPage({ callId, onBack }: { callId: string; onBack?: () => void }) {
  const db = useDatabase();
  const goHome = useStore((s) => s.goHome);
  const back = onBack ?? goHome;
  const call = useLiveQuery(() => findCall(db, callId), [db, callId]);
  const moments = useLiveQuery(() => momentsOfCall(db, callId), [db, callId]);
  const partner = useLiveQuery(
    async () => (call?.partnerId ? findPartner(db, call.partnerId) : null),
    [db, call?.partnerId],
  );
  const { summary, series } = useCallSummary(moments);
  const { highlightedFlag, setFlagKey, highlighted, timelineRef } = useFlagHighlight(summary);
  const [actionError, setActionError] = useState<string | null>(null);
  const t = useT();

  const backButton = (
    <button type="button" className="link-button back-button" onClick={back}>
      <ArrowLeft size={14} aria-hidden="true" /> {t('review.page.back')}
    </button>
  );
  if (call === undefined || moments === undefined || !summary) {
    return (
      <CallPageNotice busy back={backButton}>
        <p className="hint">{t('review.page.loading')}</p>
      </CallPageNotice>
    );
  }
  if (call === null) {
    return (
      <CallPageNotice busy={false} back={backButton}>
        <p className="empty">{t('review.page.gone')}</p>
      </CallPageNotice>
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
        highlighted={highlightedFlag}
        onShowMoments={setFlagKey}
        moments={moments}
      />
      <TalkShare captions={call.captions} />
      <GiveTakeChart
        series={series}
        durationMs={call.endedAt !== null ? call.endedAt - call.startedAt : 0}
      />
      {call.endedAt !== null || call.prep ? <OutcomeForm key={call.id} call={call} /> : null}
      <TimelineSection
        callId={call.id}
        moments={moments}
        highlighted={highlighted}
        timelineRef={timelineRef}
      />
      <Suspense fallback={null}>
        <TranscriptSection call={call} moments={moments} />
      </Suspense>
      <FollowUpSection moments={moments} />
      <MomentCounts tally={call.tally} />
      <ExportPanel call={call} partner={partner ?? null} moments={moments} />
      <DeleteCallButton
        call={call}
        momentCount={moments.length}
        onDeleted={back}
        onError={setActionError}
      />
    </main>
  );
}
