import type { Transaction } from 'dexie';
import { withFollowUpIndex } from '../domain/follow-up';
import type { Call, Moment, Partner } from '../domain/model';
import { derivedFields } from './call-derived';

/**
 * v1 → v2: index open asks and commitments, and give every call its search words and
 * the tally's new open counts. Only derived fields change; no user data is rewritten.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const partners = new Map(
    (await tx.table<Partner, string>('partners').toArray()).map((p) => [p.id, p]),
  );
  const moments = tx.table<Moment, string>('moments');
  const byCall = new Map<string, Moment[]>();
  await moments.toCollection().modify((m: Moment) => {
    const indexed = withFollowUpIndex(m);
    if (indexed.open) m.open = 1;
    if (indexed.openDue !== undefined) m.openDue = indexed.openDue;
    const list = byCall.get(m.callId) ?? [];
    list.push(indexed);
    byCall.set(m.callId, list);
  });
  await tx
    .table<Call, string>('calls')
    .toCollection()
    .modify((call: Call) => {
      const partner = call.partnerId ? partners.get(call.partnerId) : undefined;
      Object.assign(call, derivedFields(call, byCall.get(call.id) ?? [], partner));
    });
}
