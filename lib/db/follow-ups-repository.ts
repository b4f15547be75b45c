import { Dexie } from 'dexie';
import type { Call, Moment } from '../domain/model';
import type { ReciprocityDatabase } from './database';

export interface OpenItem {
  moment: Moment;
  call: Pick<Call, 'id' | 'title' | 'startedAt' | 'partnerId'>;
}

/**
 * Open asks and commitments of the given calls, through the sparse [open+callId] index: one
 * exact-key read per call, all sent at once. Not anyOf(): Dexie walks anyOf with one cursor
 * step per key over the range from the lowest to the highest, and a live query then watches
 * that whole range, so tagging any call whose id sorts inside it (the live one) re-ran it.
 */
export async function openMomentsOfCalls(
  db: ReciprocityDatabase,
  callIds: readonly string[],
): Promise<Moment[]> {
  if (callIds.length === 0) return [];
  const perCall = await Promise.all(
    callIds.map((id) => db.moments.where('[open+callId]').equals([1, id]).toArray()),
  );
  return perCall.flat().sort((a, b) => a.at - b.at);
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
