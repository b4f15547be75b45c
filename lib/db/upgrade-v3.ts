import type { Transaction } from 'dexie';
import type { Moment } from '../domain/model';
import { packByCall } from './call-moments';

/** Calls whose moments are moved per step: bounds the memory the upgrade holds at a time. */
const CALLS_PER_STEP = 500;

/**
 * v2 → v3: every moment moves into its call's row of `callMoments`, unchanged. The old
 * `moments` table is read here and dropped by v4. It goes a few hundred calls at a time,
 * so that years of moments are never all in memory at once.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const moments = tx.table<Moment, string>('moments');
  const callIds = (await moments.orderBy('callId').uniqueKeys()) as string[];
  for (let i = 0; i < callIds.length; i += CALLS_PER_STEP) {
    const step = callIds.slice(i, i + CALLS_PER_STEP);
    const rows = await moments.where('callId').anyOf(step).toArray();
    await tx.table('callMoments').bulkPut(packByCall(rows));
  }
}
