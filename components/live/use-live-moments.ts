import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { momentsOfCall } from '../../lib/db/moments-repository';
import {
  failedTagsSaved,
  newestMoment,
  shownMoments,
  stableMoments,
  type LiveRead,
} from '../../lib/domain/live-moments';
import type { Moment } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import type { PendingTag } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';

export interface LiveMoments {
  /** In time order; the same array while what it shows is unchanged. */
  moments: Moment[];
  /** This call's tags still saving, or failed. */
  pending: readonly PendingTag[];
  /** The newest moment: what undo and switch-side act on when no tag is armed. */
  last: Moment | undefined;
}

/**
 * The one source of the live call's moments, for its list, meter, asks and note target: the
 * live query's rows reconciled with the writes this panel saw commit (lib/domain/live-moments).
 */
export function useLiveMoments(callId: string): LiveMoments {
  const db = useDatabase();
  const read = useLiveQuery(async (): Promise<LiveRead> => {
    const seen = useStore.getState().saved.seq;
    return { moments: await momentsOfCall(db, callId), seen };
  }, [db, callId]);
  const saved = useStore((s) => s.saved);
  const shown = useRef<Moment[]>([]);
  const moments = useMemo(() => {
    shown.current = stableMoments(shown.current, shownMoments(read, saved, callId));
    return shown.current;
  }, [read, saved, callId]);
  const settleSaved = useStore((s) => s.settleSaved);
  useEffect(() => {
    if (read) settleSaved(read.seen);
  }, [read, settleSaved]);
  const pending = useCallPending(callId);
  const resolveTag = useStore((s) => s.resolveTag);
  useEffect(() => {
    for (const id of failedTagsSaved(pending, moments)) resolveTag(id);
  }, [pending, moments, resolveTag]);
  return useMemo(() => ({ moments, pending, last: newestMoment(moments) }), [moments, pending]);
}

/** Stable between renders that do not change them, so the memoised list skips those renders. */
function useCallPending(callId: string): readonly PendingTag[] {
  const pending = useStore((s) => s.pending);
  return useMemo(() => pending.filter((p) => p.callId === callId), [pending, callId]);
}
