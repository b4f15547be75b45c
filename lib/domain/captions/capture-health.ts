/**
 * What the panel says about reading captions, from what the meeting tab's adapter sees each
 * time it looks. Never silent: a platform that changed its page shows as "not recognised"
 * within NOT_RECOGNISED_AFTER_MS, which is the failure every caption tool's users meet first.
 */

export type CaptureHealth =
  | { state: 'no-meeting' }
  /** In a call, no caption region yet: captions may be coming (or off, where it can't tell). */
  | { state: 'waiting' }
  | { state: 'captions-off' }
  | { state: 'reading'; speakers: number }
  | { state: 'not-recognised'; reason: 'no-region' | 'stalled' | 'unparsed' };

/** One look at the meeting tab. `null` where the adapter cannot tell. */
export interface CaptureObservation {
  at: number;
  inCall: boolean;
  /** The meeting's own captions switch reads off. */
  captionsOff: boolean | null;
  regionFound: boolean;
  /** When the captions read from the region last changed. */
  regionChangedAt: number | null;
  /**
   * The span over which the region's own text kept changing while no caption could be read
   * from it: from the first such change to the latest (null once a caption is read again).
   * A page restyled in place — the region still there, its inside no longer what the adapter
   * knows — shows here, whether or not the page says who is speaking.
   */
  unreadChanges?: { since: number; latest: number } | null;
  /** The page shows someone speaking (its audio indicators). */
  speaking: boolean | null;
  /** Distinct speakers read so far in this call. */
  speakers: number;
}

export interface HealthTracker {
  /** Since when the call has had no caption region. */
  missingSince: number | null;
  /** Since when someone has been speaking without a pause. */
  speakingSince: number | null;
}

export const NEW_TRACKER: HealthTracker = { missingSince: null, speakingSince: null };

/** How long a running call may go without a region, or speech without a caption, before saying so. */
export const NOT_RECOGNISED_AFTER_MS = 20_000;

export function observeCapture(
  tracker: HealthTracker,
  seen: CaptureObservation,
): { tracker: HealthTracker; health: CaptureHealth } {
  if (!seen.inCall) return { tracker: NEW_TRACKER, health: { state: 'no-meeting' } };
  if (seen.captionsOff === true) return { tracker: NEW_TRACKER, health: { state: 'captions-off' } };
  const speakingSince = seen.speaking === true ? (tracker.speakingSince ?? seen.at) : null;
  if (!seen.regionFound) {
    const missingSince = tracker.missingSince ?? seen.at;
    const health: CaptureHealth =
      seen.at - missingSince >= NOT_RECOGNISED_AFTER_MS
        ? { state: 'not-recognised', reason: 'no-region' }
        : { state: 'waiting' };
    return { tracker: { missingSince, speakingSince }, health };
  }
  const next = { missingSince: null, speakingSince };
  const unread = seen.unreadChanges;
  if (unread && unread.latest - unread.since >= NOT_RECOGNISED_AFTER_MS)
    return { tracker: next, health: { state: 'not-recognised', reason: 'unparsed' } };
  // Speech the captions have not followed: the region is found but no longer the captions.
  const quietSince = Math.max(speakingSince ?? seen.at, seen.regionChangedAt ?? -Infinity);
  if (speakingSince !== null && seen.at - quietSince >= NOT_RECOGNISED_AFTER_MS)
    return { tracker: next, health: { state: 'not-recognised', reason: 'stalled' } };
  return { tracker: next, health: { state: 'reading', speakers: seen.speakers } };
}
