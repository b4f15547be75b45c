import type { Moment } from './model';
import { inTimeOrder } from './time-order';

/**
 * The live call's moments, reconciled from two sources: the live query's reads of the call,
 * and the writes this panel saw commit. A committed moment shows from its write, in the render
 * that confirms the commit, and is let go once a read started after that commit has come back:
 * from then on the read is the truth, even when the moment has since gone (undone elsewhere).
 */

/** A moment this panel saw commit, numbered in the order the commits landed. */
export interface SavedMoment {
  moment: Moment;
  seq: number;
}

/** Commits not yet read back, and the count of commits so far (the next one is `seq + 1`). */
export interface SavedMoments {
  list: readonly SavedMoment[];
  seq: number;
}

export const NO_SAVED_MOMENTS: SavedMoments = { list: [], seq: 0 };

/** What one read of the call found, and the last commit the panel had seen when it started. */
export interface LiveRead {
  moments: Moment[];
  seen: number;
}

export function withCommit(saved: SavedMoments, moment: Moment): SavedMoments {
  const seq = saved.seq + 1;
  return { list: [...saved.list, { moment, seq }], seq };
}

/** A read that started after commit `seen` holds every moment committed up to it. */
export function settledBy(saved: SavedMoments, seen: number): SavedMoments {
  return saved.list.some((s) => s.seq <= seen)
    ? { ...saved, list: saved.list.filter((s) => s.seq > seen) }
    : saved;
}

/** The moment was removed (undone): no longer shown from its write. */
export function withoutMoment(saved: SavedMoments, momentId: string): SavedMoments {
  return saved.list.some((s) => s.moment.id === momentId)
    ? { ...saved, list: saved.list.filter((s) => s.moment.id !== momentId) }
    : saved;
}

export function savedMoment(saved: SavedMoments, momentId: string): Moment | undefined {
  return saved.list.find((s) => s.moment.id === momentId)?.moment;
}

/**
 * What the live screen shows for `callId`: the read's rows, plus the moments committed after
 * the read started that it does not hold, each once, in time order. The read's own array when
 * nothing is added, so an unchanged read costs no sort.
 */
export function shownMoments(
  read: LiveRead | undefined,
  saved: SavedMoments,
  callId: string,
): Moment[] {
  const rows = read?.moments ?? [];
  const seen = read?.seen ?? 0;
  const extra = saved.list.filter((s) => s.seq > seen && s.moment.callId === callId);
  if (extra.length === 0) return rows;
  const ids = new Set(rows.map((m) => m.id));
  const added = new Map<string, Moment>();
  for (const { moment } of extra) if (!ids.has(moment.id)) added.set(moment.id, moment);
  return added.size === 0 ? rows : inTimeOrder([...rows, ...added.values()]);
}

/**
 * Equal fields: a re-read gives equal moments as new objects. All are primitives but the
 * quote, whose lines are compared one by one.
 */
function sameMoment(a: Moment, b: Moment): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Moment)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (k === 'quote' ? sameQuote(a.quote, b.quote) : a[k] === b[k]))
  );
}

function sameQuote(a: Moment['quote'], b: Moment['quote']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((l, i) => {
    const m = b[i];
    return m !== undefined && l.speaker === m.speaker && l.text === m.text && l.mine === m.mine;
  });
}

export function sameMoments(a: readonly Moment[], b: readonly Moment[]): boolean {
  return a.length === b.length && a.every((m, i) => b[i] !== undefined && sameMoment(m, b[i]));
}

/**
 * The list already on screen when `next` shows the same moments: the re-read of a moment shown
 * from its write then leaves the meter, lists and asks nothing to render again.
 */
export function stableMoments(shown: Moment[], next: Moment[]): Moment[] {
  return sameMoments(shown, next) ? shown : next;
}

/** The moment made last (the one undo and switch-side act on when no tag is armed). */
export function newestMoment(moments: readonly Moment[]): Moment | undefined {
  let latest: Moment | undefined;
  for (const m of moments) if (!latest || m.createdAt >= latest.createdAt) latest = m;
  return latest;
}

/**
 * Failed tags that are moments now (another panel saved them from their kept copy): they
 * are no longer tags to retry, since retrying would rewrite the saved moment.
 */
export function failedTagsSaved(
  tags: readonly { id: string; status: string }[],
  moments: readonly Moment[],
): string[] {
  const failed = tags.filter((t) => t.status === 'failed');
  if (failed.length === 0) return [];
  const ids = new Set(moments.map((m) => m.id));
  return failed.filter((t) => ids.has(t.id)).map((t) => t.id);
}
