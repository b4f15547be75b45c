import type { Call, Partner } from '../domain/model';
import { summarizePartners, type PartnerSummary } from '../domain/partner-list';
import { openCommitmentsOf, type CommitmentForCalendar } from '../domain/export/open-commitments';
import type { ReciprocityDatabase } from './database';

/*
 * The partner queries only the full page's Partners list and partner exports make: apart from
 * partner-query.ts, which the panel's brief loads, so the panel does not carry them.
 */

/**
 * Every partner with the figures the partners list shows, from the calls' stored tallies: two
 * reads of whole tables (the quickest way IndexedDB hands over rows) in one transaction, and
 * not one moment, however many calls there are.
 */
export async function partnerSummaries(db: ReciprocityDatabase): Promise<PartnerSummary[]> {
  return db.transaction('r', db.partners, db.calls, async () => {
    const [partners, calls] = await Promise.all([db.partners.toArray(), db.calls.toArray()]);
    return summarizePartners(partners, calls);
  });
}

/**
 * The open commitments with a due date across these calls, for the calendar: only the calls
 * whose stored tally says a commitment is open are read, in one transaction.
 */
export async function openCommitmentsOfCalls(
  db: ReciprocityDatabase,
  calls: readonly Call[],
  partner: Partner | undefined,
): Promise<CommitmentForCalendar[]> {
  const open = calls.filter((c) => c.tally.openCommitments.them + c.tally.openCommitments.me > 0);
  const rows = await db.callMoments.bulkGet(open.map((c) => c.id));
  return open.flatMap((call, i) =>
    openCommitmentsOf({ call, ...(partner ? { partner } : {}), moments: rows[i]?.moments ?? [] }),
  );
}
