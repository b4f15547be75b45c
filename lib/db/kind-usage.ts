import type { ReciprocityDatabase } from './database';

/**
 * How many moments, in every call, use a kind. Moments have no `kind` index (nothing else
 * needs one), so this scans them: fine for the rare deletion of a custom kind.
 */
export async function countMomentsOfKind(db: ReciprocityDatabase, kindId: string): Promise<number> {
  return db.moments.filter((m) => m.kind === kindId).count();
}
