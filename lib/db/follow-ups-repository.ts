import { followUpKind, isPastDue } from '../domain/follow-up';
import type { Call, Moment } from '../domain/model';
import type { ReciprocityDatabase } from './database';

export interface OpenItem {
  moment: Moment;
  call: Pick<Call, 'id' | 'title' | 'startedAt' | 'partnerId'>;
}

/** Every open ask and commitment, across calls, through the sparse `open` index. */
export async function openFollowUps(db: ReciprocityDatabase): Promise<OpenItem[]> {
  const moments = await db.moments.where('open').equals(1).toArray();
  const callIds = [...new Set(moments.map((m) => m.callId))];
  const calls = new Map(
    (await db.calls.bulkGet(callIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  return moments.flatMap((moment) => {
    const call = calls.get(moment.callId);
    return call ? [{ moment, call }] : [];
  });
}

/** Open commitments whose due date has passed, soonest overdue first. */
export async function pastDueCommitments(
  db: ReciprocityDatabase,
  now: number = Date.now(),
): Promise<OpenItem[]> {
  return (await openFollowUps(db))
    .filter((item) => followUpKind(item.moment.kind) === 'commitment')
    .filter((item) => isPastDue(item.moment, now))
    .sort((a, b) => (a.moment.dueAt ?? 0) - (b.moment.dueAt ?? 0));
}
