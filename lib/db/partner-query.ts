import type { Call, CallTally, Moment, Partner } from '../domain/model';
import type { ReciprocityDatabase } from './database';
import { latestOpenMoments } from './follow-ups-repository';

export interface PartnerCalls {
  partner: Partner;
  /** Oldest first, from the [partnerId+startedAt] index. */
  calls: Call[];
}

export interface PartnerBrief extends PartnerCalls {
  /** The latest open asks and commitments, newest first. */
  open: Moment[];
  /** How many asks and commitments are open in all, from the calls' stored tallies. */
  openCount: number;
}

/** A partner and their calls, oldest first: what a partner page shows before anything else. */
export async function partnerCalls(
  db: ReciprocityDatabase,
  partnerId: string,
): Promise<PartnerCalls | null> {
  return db.transaction('r', db.partners, db.calls, async () => {
    // Both at once: one round trip to IndexedDB instead of two in a row.
    const [partner, calls] = await Promise.all([
      db.partners.get(partnerId),
      callsOfPartnerUpTo(db, partnerId, Number.MAX_SAFE_INTEGER),
    ]);
    return partner ? { partner, calls } : null;
  });
}

/**
 * The ids of the calls that have anything open, from their stored tallies: the only ones
 * whose open moments need to be looked up.
 */
export function callsWithOpen(calls: readonly Call[]): string[] {
  return calls.filter((c) => hasOpen(c.tally)).map((c) => c.id);
}

/**
 * Every partner, by name. Read from the table and sorted here: the `name` index would look
 * each of them up again (in Chromium an index read fetches every row it points at), and
 * this read is queued in front of the page's own.
 */
export async function partnersByName(db: ReciprocityDatabase): Promise<Partner[]> {
  const partners = await db.partners.toArray();
  // Code-unit order, the order the `name` index keeps.
  return partners.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * What a brief before a call needs: the partner's calls that started before it, and the
 * latest `shown` of what is still open from them with the count of all. Only the newest calls
 * with anything open are read, a few at a time, until `shown` are found: a long-standing
 * partner's older calls hold hundreds, and the brief is read as the call starts. Reads
 * nothing of the live call, so tagging never re-runs it.
 */
export async function partnerBrief(
  db: ReciprocityDatabase,
  partnerId: string,
  before: number,
  shown: number,
): Promise<PartnerBrief | null> {
  return db.transaction('r', db.partners, db.calls, db.callMoments, async () => {
    const [partner, calls] = await Promise.all([
      db.partners.get(partnerId),
      // Up to `before - 1` inclusive, not `before` exclusive: a live query watches a range
      // with its bounds included whatever the query says, so the exclusive bound still
      // watched the live call's own key, and every tag of it re-ran this. (Times are whole ms.)
      callsOfPartnerUpTo(db, partnerId, before - 1),
    ]);
    if (!partner) return null;
    return {
      partner,
      calls,
      open: await latestOpenMoments(db, callsWithOpen(calls), shown),
      openCount: calls.reduce((sum, c) => sum + openCount(c.tally), 0),
    };
  });
}

function callsOfPartnerUpTo(db: ReciprocityDatabase, partnerId: string, last: number) {
  return db.calls
    .where('[partnerId+startedAt]')
    .between([partnerId, 0], [partnerId, last], true, true)
    .toArray();
}

function openCount(tally: CallTally | undefined): number {
  // A damaged row (an old version's, a bug's) counts as nothing open instead of failing the
  // whole read: the screens mark such a call as damaged (see record-health).
  if (!tally?.openAsks || !tally.openCommitments) return 0;
  return (
    tally.openAsks.them + tally.openAsks.me + tally.openCommitments.them + tally.openCommitments.me
  );
}

function hasOpen(tally: CallTally): boolean {
  return openCount(tally) > 0;
}
