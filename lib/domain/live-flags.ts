import type { Moment } from './model';
import type { Flag } from './reciprocity';

/**
 * The red flags worth a glance during a call, newest first: a flag is as new as the latest
 * moment it cites (by time in the call, then by when it was tagged, as the first seconds'
 * moments all sit at 0:00), so the one the last tag raised or confirmed leads. `no-commitments`
 * is left for after the call — a missing commitment is only a flag once the call is over.
 */
export function liveFlags(
  flags: readonly Flag[],
  moments: ReadonlyArray<Pick<Moment, 'id' | 'offsetMs' | 'createdAt'>>,
): Flag[] {
  const rank = new Map(
    [...moments]
      .sort((a, b) => a.offsetMs - b.offsetMs || a.createdAt - b.createdAt)
      .map((m, i) => [m.id, i]),
  );
  const latest = (flag: Flag): number =>
    Math.max(-1, ...flag.momentIds.map((id) => rank.get(id) ?? -1));
  return flags
    .filter((f) => f.id !== 'no-commitments')
    .map((flag, order) => ({ flag, at: latest(flag), order }))
    .sort((a, b) => b.at - a.at || a.order - b.order)
    .map(({ flag }) => flag);
}
