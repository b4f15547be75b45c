import type { Call, Moment, Partner } from '../domain/model';
import type { ReciprocityDatabase } from './database';

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
  return db.transaction('r', db.partners, db.calls, db.moments, async () => {
    const partner = await db.partners.get(partnerId);
    if (!partner) return null;
    const calls = await db.calls
      .where('[partnerId+startedAt]')
      .between([partnerId, 0], [partnerId, Number.MAX_SAFE_INTEGER], true, true)
      .toArray();
    const callIds = new Set(calls.map((c) => c.id));
    const open = (await db.moments.where('open').equals(1).toArray())
      .filter((m) => callIds.has(m.callId))
      .sort((a, b) => a.at - b.at);
    return { partner, calls, open };
  });
}
