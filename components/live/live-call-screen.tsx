import { useLiveQuery } from 'dexie-react-hooks';
import { Square } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { endCall } from '../../lib/db/calls-repository';
import { explainWriteError } from '../../lib/db/errors';
import { inTimeOrder } from '../../lib/db/call-moments';
import { momentsOfCall } from '../../lib/db/moments-repository';
import { findPartner } from '../../lib/db/partners-repository';
import type { Call, Moment, Side } from '../../lib/domain/model';
import type { PanelAction } from '../../lib/domain/panel-keys';
import { liveFlags } from '../../lib/domain/live-flags';
import { summarize } from '../../lib/domain/reciprocity';
import { panelKeyMap } from '../../lib/domain/catalogue';
import { otherSideLabel } from '../../lib/domain/preferences';
import { useStore } from '../../lib/store/store';
import { openNoteTarget, type SavedMoment } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';
import {
  useCatalogue,
  useKindOf,
  usePreferences,
  useSummaryOptions,
} from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { BalanceMeter } from './balance-meter';
import { CallTimer } from './call-timer';
import { CheatSheet } from './cheat-sheet';
import { LastMomentBar } from './last-moment-bar';
import { MomentList } from './moment-list';
import { OpenAsks } from './open-asks';
import { PreCallBrief } from './pre-call-brief';
import { PrepPanel } from './prep-panel';
import { QuickNote, typeIntoNoteBeforeFocus } from './quick-note';
import { TagPad } from './tag-pad';
import { usePanelKeys } from './use-panel-keys';
import { useTagger } from './use-tagger';

function newest(moments: readonly Moment[]): Moment | undefined {
  let latest: Moment | undefined;
  for (const m of moments) if (!latest || m.createdAt >= latest.createdAt) latest = m;
  return latest;
}

/**
 * The live query's rows plus moments this panel saw commit that a read started before the
 * commit could not hold; rows a read started after the commit has are its own, even if gone.
 */
function withSaved(loaded: LoadedMoments | undefined, saved: readonly SavedMoment[]): Moment[] {
  const rows = loaded?.moments ?? [];
  const seen = loaded?.seen ?? 0;
  const ids = new Set(rows.map((m) => m.id));
  const extra = saved.filter((s) => s.seq > seen && !ids.has(s.moment.id)).map((s) => s.moment);
  return extra.length === 0 ? rows : inTimeOrder([...rows, ...extra]);
}

/** Equal fields (a moment's are all primitives): a re-read gives equal moments as new objects. */
function sameMoment(a: Moment, b: Moment): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Moment)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function sameMoments(a: readonly Moment[], b: readonly Moment[]): boolean {
  return a.length === b.length && a.every((m, i) => b[i] !== undefined && sameMoment(m, b[i]));
}

interface LoadedMoments {
  moments: Moment[];
  /** The last commit this panel had seen when the read started. */
  seen: number;
}

export function LiveCallScreen({ call }: { call: Call }) {
  const db = useDatabase();
  const loaded = useLiveQuery(async (): Promise<LoadedMoments> => {
    const seen = useStore.getState().savedSeq;
    return { moments: await momentsOfCall(db, call.id), seen };
  }, [db, call.id]);
  const saved = useStore((s) => s.saved);
  const ownSaved = useMemo(
    () => saved.filter((s) => s.moment.callId === call.id),
    [saved, call.id],
  );
  // The committed moment shows in the render that confirms its commit; the live query's
  // read of it, a few milliseconds later, then changes nothing on screen.
  const shown = useRef<Moment[]>([]);
  const moments = useMemo(() => {
    const next = withSaved(loaded, ownSaved);
    // The re-read of what is already on screen (the committed moment, shown from the write)
    // keeps the same array: the meter, lists and asks then have nothing to render again.
    if (!sameMoments(shown.current, next)) shown.current = next;
    return shown.current;
  }, [loaded, ownSaved]);
  const settleSaved = useStore((s) => s.settleSaved);
  useEffect(() => {
    if (loaded) settleSaved(loaded.seen);
  }, [loaded, settleSaved]);
  // Derived from the live query's rows: the meter moves in the same render, no extra reads.
  const options = useSummaryOptions();
  const catalogue = useCatalogue();
  const kindOf = useKindOf();
  const preferences = usePreferences();
  const summary = useMemo(() => summarize(moments, options), [moments, options]);
  const flags = useMemo(() => liveFlags(summary.flags, moments), [summary, moments]);
  const partner = useLiveQuery(
    async () => (call.partnerId ? findPartner(db, call.partnerId) : null),
    [db, call.partnerId],
  );
  const { pending, noteTargetId, error, setError, openCall } = useStore(
    useShallow((s) => ({
      pending: s.pending,
      noteTargetId: openNoteTarget(s),
      error: s.error,
      setError: s.setError,
      openCall: s.openCall,
    })),
  );
  const tagger = useTagger(call.id);
  const onTag = useCallback(
    (side: Side, kind: string) => void tagger.tag(side, kind, kindOf(kind).defaultWeight),
    [tagger, kindOf],
  );
  const sideLabels = useMemo(
    () => ({ them: otherSideLabel(preferences, partner?.name), me: 'Me' }),
    [preferences, partner?.name],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [ending, setEnding] = useState(false);
  const last = newest(moments);
  // Stable between renders that do not change them, so the memoised list skips those renders.
  const ownPending = useMemo(() => pending.filter((p) => p.callId === call.id), [pending, call.id]);
  // A failed tag another panel has since saved (from its kept copy) is a moment now, not a
  // tag to retry: retrying would rewrite the saved moment.
  const resolveTag = useStore((s) => s.resolveTag);
  useEffect(() => {
    const failed = ownPending.filter((p) => p.status === 'failed');
    if (failed.length === 0) return;
    const ids = new Set(moments.map((m) => m.id));
    for (const p of failed) if (ids.has(p.id)) resolveTag(p.id);
  }, [ownPending, moments, resolveTag]);
  const onRetry = useCallback((id: string) => void tagger.retry(id), [tagger]);

  const keyMap = useMemo(() => panelKeyMap(catalogue), [catalogue]);
  const latest = useRef(last);
  latest.current = last;
  const onAction = useCallback(
    (action: PanelAction) => {
      // The tag just made (its note armed), even before its write commits; else the newest.
      const { noteTargetId: justTagged, pending: unsaved } = useStore.getState();
      const failed = unsaved.some((p) => p.id === justTagged && p.status === 'failed');
      const target = justTagged && !failed ? justTagged : latest.current?.id;
      if (action.type === 'tag') {
        void tagger.tag(action.side, action.kind, kindOf(action.kind).defaultWeight);
      } else if (action.type === 'undo') {
        void (justTagged ? tagger.undoTag(justTagged) : tagger.undo(latest.current));
      } else if (action.type === 'switch-side' && target) void tagger.switchSide(target);
      else if (action.type === 'toggle-help') setHelpOpen((open) => !open);
    },
    [tagger, kindOf],
  );
  const takeNoteKey = useCallback(
    (event: KeyboardEvent) => typeIntoNoteBeforeFocus(event, () => void tagger.saveNote(), keyMap),
    [tagger, keyMap],
  );
  usePanelKeys(onAction, keyMap, takeNoteKey);

  async function end(): Promise<void> {
    setEnding(true);
    try {
      await tagger.saveNote();
      openCall(call.id);
      await endCall(db, call.id);
    } catch (e) {
      setError(await explainWriteError(e));
    } finally {
      setEnding(false);
    }
  }

  return (
    <main className="screen live-screen">
      <header className="live-header">
        <div className="live-status">
          <span className="live-dot" aria-hidden="true" />
          <span className="live-word">Live</span>
          <CallTimer startedAt={call.startedAt} />
        </div>
        <div className="live-title">
          <h1 title={call.title}>{call.title}</h1>
          {partner ? <span className="partner-name">with {partner.name}</span> : null}
        </div>
        <button
          type="button"
          className="danger-button"
          onClick={() => void end()}
          disabled={ending}
        >
          <Square size={14} aria-hidden="true" /> {ending ? 'Ending…' : 'End call'}
        </button>
      </header>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <PreCallBrief callId={call.id} partnerId={call.partnerId} startedAt={call.startedAt} />
      <PrepPanel call={call} />
      <BalanceMeter summary={summary} flags={flags} />
      <LastMomentBar last={last} tagger={tagger} />
      {noteTargetId ? (
        <QuickNote tagger={tagger} momentId={noteTargetId} keyMap={keyMap} onAction={onAction} />
      ) : null}
      <TagPad catalogue={catalogue} sideLabels={sideLabels} onTag={onTag} />
      <CheatSheet open={helpOpen} onToggle={setHelpOpen} />
      <OpenAsks moments={moments} />
      <section className="moments-section" aria-labelledby="moments-heading">
        <h2 id="moments-heading" className="section-heading">
          Moments <span className="count">{moments.length}</span>
        </h2>
        <MomentList
          moments={moments}
          pending={ownPending}
          onRetry={onRetry}
          onDiscard={tagger.discard}
        />
      </section>
    </main>
  );
}
