import type { ReciprocityDatabase } from './database';

/**
 * How many moments, in every call, use a kind. Nothing else needs a kind index, so this
 * reads every call's moments: fine for the rare deletion of a custom kind.
 */
export async function countMomentsOfKind(db: ReciprocityDatabase, kindId: string): Promise<number> {
  let count = 0;
  await db.callMoments.each((row) => {
    for (const m of row.moments) if (m.kind === kindId) count++;
  });
  return count;
}
