import { Dexie } from 'dexie';
import type { Call, Moment } from '../domain/model';
import type { ReciprocityDatabase } from './database';

export interface OpenItem {
  moment: Moment;
  call: Pick<Call, 'id' | 'title' | 'startedAt' | 'partnerId'>;
}

/**
 * Open asks and commitments of the given calls: one exact-key read of each call's moments,
 * all sent at once. Callers pass only calls whose stored tally counts something open.
 * Exact keys, not a range: a live query watches what it read, so tagging the live call
 * (whose id may sort between these) does not re-run it.
 */
export async function openMomentsOfCalls(
  db: ReciprocityDatabase,
  callIds: readonly string[],
): Promise<Moment[]> {
  if (callIds.length === 0) return [];
  const rows = await db.callMoments.bulkGet([...callIds]);
  return rows
    .flatMap((row) => row?.moments.filter((m) => m.open === 1) ?? [])
    .sort((a, b) => a.at - b.at);
}

/** Open commitments whose due date has passed, most overdue first, from the `openDue` index. */
export async function pastDueCommitments(
  db: ReciprocityDatabase,
  now: number = Date.now(),
): Promise<OpenItem[]> {
  const rows = await db.callMoments
    .where('openDue')
    .between(Dexie.minKey, now, true, false)
    .distinct()
    .toArray();
  const moments = rows.flatMap((row) =>
    row.moments.filter((m) => m.openDue !== undefined && m.openDue < now),
  );
  const calls = new Map(
    (await db.calls.bulkGet(rows.map((r) => r.callId))).flatMap((c) =>
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
