import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findPartner } from '../../lib/db/partners-repository';
import { SIDE_LABELS, type Call, type Moment } from '../../lib/domain/model';
import { liveFlags } from '../../lib/domain/live-flags';
import { summarize } from '../../lib/domain/reciprocity';
import { otherSideLabel } from '../../lib/domain/preferences';
import { useStore } from '../../lib/store/store';
import { openNoteTarget } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';
import { useCatalogue, usePreferences, useSummaryOptions } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { BalanceMeter } from './balance-meter';
import { CaptionQuotes } from './caption-quotes';
import { CheatSheet } from './cheat-sheet';
import { LastMomentBar } from './last-moment-bar';
import { LiveHeader } from './live-header';
import { MomentsSection } from './moments-section';
import { OpenAsks } from './open-asks';
import { PreCallBrief } from './pre-call-brief';
import { PrepPanel } from './prep-panel';
import { QuickNote } from './quick-note';
import { SuggestionChip } from './suggestion-chip';
import { TagPad } from './tag-pad';
import { useCaptionCapture } from './use-caption-capture';
import { useEndCall } from './use-end-call';
import { useLiveActions } from './use-live-actions';
import { useLiveMoments } from './use-live-moments';
import { useTagger } from './use-tagger';
import './live.css';
import { useT } from '../app-context/i18n-context';

/** The meter's figures, derived from the moments on screen: it moves in the same render. */
function useLiveSummary(moments: Moment[]) {
  const options = useSummaryOptions();
  const summary = useMemo(() => summarize(moments, options), [moments, options]);
  const flags = useMemo(() => liveFlags(summary.flags, moments), [summary, moments]);
  return { summary, flags };
}

/** The capture state and suggestions of the meeting's captions, while quotes from them are on. */
function useCaptions(on: boolean) {
  const catalogue = useCatalogue();
  const accepts = (kind: string) => catalogue.kinds.some((k) => k.id === kind);
  return useCaptionCapture(on, accepts);
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
  // A tag's answer — the meter and the last moment's bar — comes first; the lists follow in a
  // render of their own, the frame after: each tag adds a row, and building it held the meter.
  const listed = useDeferredValue(useMemo(() => ({ moments, pending }), [moments, pending]));
  const partner = useLiveQuery(
    async () => (call.partnerId ? findPartner(db, call.partnerId) : null),
    [db, call.partnerId],
  );
  const preferences = usePreferences();
  const t = useT();
  const sideLabels = useMemo(() => {
    const them = otherSideLabel(preferences, partner?.name);
    // The default name is said in the UI's language; a name the user gave is theirs.
    return { them: them === SIDE_LABELS.them ? t('side.them') : them, me: t('side.me') };
  }, [preferences, partner?.name, t]);
  const noteTargetId = useStore(openNoteTarget);
  const tagger = useTagger(call.id);
  const { catalogue, keyMap, onTag, onAction, helpOpen, setHelpOpen } = useLiveActions(
    tagger,
    last,
  );
  const { ending, end } = useEndCall(call.id, tagger);
  const captions = useCaptions(preferences.captionQuotes);

  return (
    <main className="screen live-screen">
      <LiveHeader call={call} partner={partner} ending={ending} onEnd={() => void end()} />
      <LiveError />
      <PreCallBrief callId={call.id} partnerId={call.partnerId} startedAt={call.startedAt} />
      <PrepPanel call={call} />
      <CaptionQuotes on={preferences.captionQuotes} view={captions.view} />
      <BalanceMeter summary={summary} flags={flags} moments={moments} />
      <LastMomentBar last={last} tagger={tagger} />
      <SuggestionChip
        suggestion={captions.suggestion}
        tagger={tagger}
        onDone={captions.clearSuggestion}
      />
      {noteTargetId ? (
        <QuickNote tagger={tagger} momentId={noteTargetId} keyMap={keyMap} onAction={onAction} />
      ) : null}
      <TagPad catalogue={catalogue} sideLabels={sideLabels} onTag={onTag} />
      <CheatSheet open={helpOpen} onToggle={setHelpOpen} />
      <OpenAsks moments={listed.moments} />
      <MomentsSection moments={listed.moments} pending={listed.pending} tagger={tagger} />
    </main>
  );
}
