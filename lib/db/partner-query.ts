import type { Call, CallTally, Moment, Partner } from '../domain/model';
import type { ReciprocityDatabase } from './database';
import { openMomentsOfCalls } from './follow-ups-repository';

export interface PartnerData {
  partner: Partner;
  /** Oldest first, from the [partnerId+startedAt] index. */
  calls: Call[];
  /** Open asks and commitments in this partner's calls. */
  open: Moment[];
}

/** Everything a partner page shows, from indexes and stored tallies: no moment scans. */
export async function partnerData(
  db: ReciprocityDatabase,
  partnerId: string,
): Promise<PartnerData | null> {
  return partnerCallsUpTo(db, partnerId, Number.MAX_SAFE_INTEGER);
}

/**
 * What a brief before a call needs: the partner's calls that started before it and what
 * is still open from them. Reads nothing of the live call, so tagging never re-runs it.
 */
export async function partnerBrief(
  db: ReciprocityDatabase,
  partnerId: string,
  before: number,
): Promise<PartnerData | null> {
  // Up to `before - 1` inclusive, not `before` exclusive: a live query watches a range
  // with its bounds included whatever the query says, so the exclusive bound still
  // watched the live call's own key, and every tag of it re-ran this. (Times are whole ms.)
  return partnerCallsUpTo(db, partnerId, before - 1);
}

/** The partner, their calls started up to `last` (inclusive), and what is open in them. */
async function partnerCallsUpTo(
  db: ReciprocityDatabase,
  partnerId: string,
  last: number,
): Promise<PartnerData | null> {
  return db.transaction('r', db.partners, db.calls, db.moments, async () => {
    const partner = await db.partners.get(partnerId);
    if (!partner) return null;
    const calls = await db.calls
      .where('[partnerId+startedAt]')
      .between([partnerId, 0], [partnerId, last], true, true)
      .toArray();
    // The stored tallies say which calls have anything open: only those are looked up.
    const withOpen = calls.filter((c) => hasOpen(c.tally)).map((c) => c.id);
    return { partner, calls, open: await openMomentsOfCalls(db, withOpen) };
  });
}

function hasOpen(tally: CallTally): boolean {
  return (
    tally.openAsks.them +
      tally.openAsks.me +
      tally.openCommitments.them +
      tally.openCommitments.me >
    0
  );
}
