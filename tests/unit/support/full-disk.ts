import type { ReciprocityDatabase } from '../../../lib/db/database';

/**
 * Makes writes of a call's moments fail as a full disk does (QuotaExceededError), for
 * `times` writes or until the returned function frees the disk again.
 */
export function fillDisk(db: ReciprocityDatabase, times = Number.POSITIVE_INFINITY): () => void {
  let left = times;
  const full = (): void => {
    if (left-- > 0) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  };
  db.callMoments.hook('creating', full);
  return () => db.callMoments.hook('creating').unsubscribe(full);
}
