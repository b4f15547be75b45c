import { Dexie } from 'dexie';
import type { Call, Moment } from '../domain/model';
import type { ReciprocityDatabase } from './database';

export interface OpenItem {
  moment: Moment;
  call: Pick<Call, 'id' | 'title' | 'startedAt' | 'partnerId'>;
}

/** Open asks and commitments of the given calls, through the sparse [open+callId] index. */
export async function openMomentsOfCalls(
  db: ReciprocityDatabase,
  callIds: readonly string[],
): Promise<Moment[]> {
  if (callIds.length === 0) return [];
  const moments = await db.moments
    .where('[open+callId]')
    .anyOf(callIds.map((id) => [1, id]))
    .toArray();
  return moments.sort((a, b) => a.at - b.at);
}

/** Open commitments whose due date has passed, most overdue first, from the `openDue` index. */
export async function pastDueCommitments(
  db: ReciprocityDatabase,
  now: number = Date.now(),
): Promise<OpenItem[]> {
  const moments = await db.moments
    .where('openDue')
    .between(Dexie.minKey, now, true, false)
    .toArray();
  const calls = new Map(
    (await db.calls.bulkGet([...new Set(moments.map((m) => m.callId))])).flatMap((c) =>
      c ? [[c.id, c] as const] : [],
    ),
  );
  return moments
    .flatMap((moment) => {
      const call = calls.get(moment.callId);
      return call ? [{ moment, call }] : [];
    })
    .sort((a, b) => (a.moment.dueAt ?? 0) - (b.moment.dueAt ?? 0));
}
