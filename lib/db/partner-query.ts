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

/** A partner and their calls, oldest first: what a partner page shows before anything else. */
export async function partnerCalls(
  db: ReciprocityDatabase,
  partnerId: string,
): Promise<Omit<PartnerData, 'open'> | null> {
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
  return db.transaction('r', db.partners, db.calls, db.callMoments, async () => {
    const partner = await db.partners.get(partnerId);
    if (!partner) return null;
    const calls = await callsOfPartnerUpTo(db, partnerId, last);
    return { partner, calls, open: await openMomentsOfCalls(db, callsWithOpen(calls)) };
  });
}

function callsOfPartnerUpTo(db: ReciprocityDatabase, partnerId: string, last: number) {
  return db.calls
    .where('[partnerId+startedAt]')
    .between([partnerId, 0], [partnerId, last], true, true)
    .toArray();
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
