import type { ReciprocityDatabase } from '../../../lib/db/database';
import type { Moment } from '../../../lib/domain/model';

/** Every stored moment of every call (moments are stored one row per call). */
export async function allMoments(db: ReciprocityDatabase): Promise<Moment[]> {
  return (await db.callMoments.toArray()).flatMap((row) => row.moments);
}

export async function storedMoment(
  db: ReciprocityDatabase,
  id: string,
): Promise<Moment | undefined> {
  return (await allMoments(db)).find((m) => m.id === id);
}
