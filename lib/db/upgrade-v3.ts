import type { Transaction } from 'dexie';
import type { Moment } from '../domain/model';
import { packByCall } from './call-moments';

/**
 * v2 → v3: every moment moves into its call's row of `callMoments`, unchanged. The old
 * `moments` table is read here and dropped by v4.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const moments = await tx.table<Moment, string>('moments').toArray();
  const packs = packByCall(moments);
  if (packs.length > 0) await tx.table('callMoments').bulkPut(packs);
}
