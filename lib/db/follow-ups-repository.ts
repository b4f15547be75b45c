import type { Call, Moment } from '../domain/model';
import type { CallMoments, ReciprocityDatabase } from './database';
import { openCommitmentsOf, type CommitmentForCalendar } from '../domain/export/open-commitments';

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
  return rows.flatMap(openIn).sort((a, b) => a.at - b.at);
}

function openIn(row: CallMoments | undefined): Moment[] {
  return row?.moments.filter((m) => m.open === 1) ?? [];
}

/** Calls read at a time when looking for the latest open items: most have a few each. */
const CALLS_PER_READ = 8;

/**
 * The latest `limit` open asks and commitments of the given calls (oldest call first, as the
 * partner index gives them), newest first: only the newest calls are read, a few at a time,
 * until `limit` are found. Exact keys, as `openMomentsOfCalls`.
 */
export async function latestOpenMoments(
  db: ReciprocityDatabase,
  callIds: readonly string[],
  limit: number,
): Promise<Moment[]> {
  const found: Moment[] = [];
  for (let end = callIds.length; end > 0 && found.length < limit; end -= CALLS_PER_READ) {
    const rows = await db.callMoments.bulkGet(
      callIds.slice(Math.max(0, end - CALLS_PER_READ), end),
    );
    found.push(...rows.flatMap(openIn));
  }
  return found.sort((a, b) => b.at - a.at).slice(0, limit);
}

/**
 * Open commitments whose due date has passed, most recently due first, from the `openDue`
 * index: the `limit` latest read only the rows that hold them, since a heavy user can have
 * thousands of old ones and a screen shows a few.
 */
export async function pastDueCommitments(
  db: ReciprocityDatabase,
  now: number = Date.now(),
  limit = Number.POSITIVE_INFINITY,
): Promise<OpenItem[]> {
  const pastDue = db.callMoments.where('openDue').below(now).reverse();
  // Each row comes once per due date it holds; the first `limit` entries of the index hold
  // the `limit` latest commitments, so their rows are all this needs.
  const entries = await (Number.isFinite(limit) ? pastDue.limit(limit) : pastDue).toArray();
  const rows = [...new Map(entries.map((row) => [row.callId, row])).values()];
  const moments = rows
    .flatMap((row) => row.moments.filter((m) => m.openDue !== undefined && m.openDue < now))
    .sort((a, b) => (b.dueAt ?? 0) - (a.dueAt ?? 0))
    .slice(0, limit);
  const calls = new Map(
    (await db.calls.bulkGet(rows.map((r) => r.callId))).flatMap((c) =>
      c ? [[c.id, c] as const] : [],
    ),
  );
  return moments.flatMap((moment) => {
    const call = calls.get(moment.callId);
    return call ? [{ moment, call }] : [];
  });
}

/**
 * Every open commitment that has a due date, across all calls, for the calendar: the
 * `openDue` index finds the rows that hold one, so no other moment is read.
 */
export async function datedOpenCommitments(
  db: ReciprocityDatabase,
): Promise<CommitmentForCalendar[]> {
  return db.transaction('r', db.callMoments, db.calls, db.partners, async () => {
    const rows = await db.callMoments.where('openDue').aboveOrEqual(-Infinity).distinct().toArray();
    const calls = await db.calls.bulkGet(rows.map((row) => row.callId));
    const partnerIds = [...new Set(calls.flatMap((c) => (c?.partnerId ? [c.partnerId] : [])))];
    const partners = new Map(
      (await db.partners.bulkGet(partnerIds)).flatMap((p) => (p ? [[p.id, p] as const] : [])),
    );
    return rows.flatMap((row, i) => {
      const call = calls[i];
      if (!call) return [];
      const partner = call.partnerId ? partners.get(call.partnerId) : undefined;
      return openCommitmentsOf({ call, ...(partner ? { partner } : {}), moments: row.moments });
    });
  });
}
