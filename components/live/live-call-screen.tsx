import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findPartner } from '../../lib/db/partners-repository';
import { SIDE_LABELS, type Call, type Moment } from '../../lib/domain/model';
import { liveFlags } from '../../lib/domain/live-flags';
import { summarize } from '../../lib/domain/reciprocity';
import { otherSideLabel } from '../../lib/domain/preferences';
import { useStore } from '../../lib/store/store';
import { openNoteTarget } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';
import { usePreferences, useSummaryOptions } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { BalanceMeter } from './balance-meter';
import { CheatSheet } from './cheat-sheet';
import { LastMomentBar } from './last-moment-bar';
import { LiveHeader } from './live-header';
import { MomentsSection } from './moments-section';
import { OpenAsks } from './open-asks';
import { PreCallBrief } from './pre-call-brief';
import { PrepPanel } from './prep-panel';
import { QuickNote } from './quick-note';
import { TagPad } from './tag-pad';
import { useEndCall } from './use-end-call';
import { useLiveActions } from './use-live-actions';
import { useLiveMoments } from './use-live-moments';
import { useTagger } from './use-tagger';

/** The meter's figures, derived from the moments on screen: it moves in the same render. */
function useLiveSummary(moments: Moment[]) {
  const options = useSummaryOptions();
  const summary = useMemo(() => summarize(moments, options), [moments, options]);
  const flags = useMemo(() => liveFlags(summary.flags, moments), [summary, moments]);
  return { summary, flags };
}

function LiveError() {
  const { error, setError } = useStore(
    useShallow((s) => ({ error: s.error, setError: s.setError })),
  );
  return error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null;
}

export function LiveCallScreen({ call }: { call: Call }) {
  const db = useDatabase();
  const { moments, pending, last } = useLiveMoments(call.id);
  const { summary, flags } = useLiveSummary(moments);
  const partner = useLiveQuery(
    async () => (call.partnerId ? findPartner(db, call.partnerId) : null),
    [db, call.partnerId],
  );
  const preferences = usePreferences();
  const sideLabels = useMemo(
    () => ({ them: otherSideLabel(preferences, partner?.name), me: SIDE_LABELS.me }),
    [preferences, partner?.name],
  );
  const noteTargetId = useStore(openNoteTarget);
  const tagger = useTagger(call.id);
  const { catalogue, keyMap, onTag, onAction, helpOpen, setHelpOpen } = useLiveActions(
    tagger,
    last,
  );
  const { ending, end } = useEndCall(call.id, tagger);

  return (
    <main className="screen live-screen">
      <LiveHeader call={call} partner={partner} ending={ending} onEnd={() => void end()} />
      <LiveError />
      <PreCallBrief callId={call.id} partnerId={call.partnerId} startedAt={call.startedAt} />
      <PrepPanel call={call} />
      <BalanceMeter summary={summary} flags={flags} moments={moments} />
      <LastMomentBar last={last} tagger={tagger} />
      {noteTargetId ? (
        <QuickNote tagger={tagger} momentId={noteTargetId} keyMap={keyMap} onAction={onAction} />
      ) : null}
      <TagPad catalogue={catalogue} sideLabels={sideLabels} onTag={onTag} />
      <CheatSheet open={helpOpen} onToggle={setHelpOpen} />
      <OpenAsks moments={moments} />
      <MomentsSection moments={moments} pending={pending} tagger={tagger} />
    </main>
  );
}
