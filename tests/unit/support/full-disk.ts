import type { ReciprocityDatabase } from '../../../lib/db/database';
import type { StorageEstimate } from '../../../lib/db/errors';

/**
 * How a browser reports a full disk: Firefox and the spec with a QuotaExceededError,
 * Chromium by aborting the transaction (an AbortError) while its storage estimate shows
 * no room left.
 */
export type FullDiskReport = 'quota' | 'abort';

/** Room in the estimate while the disk is full, and once space is freed. */
const QUOTA = 10 * 1024 ** 3;
export const FULL_ESTIMATE: StorageEstimate = { usage: QUOTA - 1024, quota: QUOTA };
export const ROOMY_ESTIMATE: StorageEstimate = { usage: 200 * 1024 ** 2, quota: QUOTA };

/**
 * Stands in for `navigator.storage.estimate()` until the returned function puts the
 * browser's own back.
 */
export function stubStorageEstimate(estimate: StorageEstimate): () => void {
  const nav = globalThis.navigator as Navigator & { storage?: StorageManager };
  const before = Object.getOwnPropertyDescriptor(nav, 'storage');
  Object.defineProperty(nav, 'storage', {
    configurable: true,
    value: { ...nav.storage, estimate: async () => estimate },
  });
  return () => {
    if (before) Object.defineProperty(nav, 'storage', before);
    else delete (nav as { storage?: unknown }).storage;
  };
}

/**
 * Makes writes of a call's moments fail as a full disk does, for `times` writes or until
 * the returned function frees the disk again. Reported the Chromium way (`'abort'`), the
 * storage estimate shows the disk full until then too.
 */
export function fillDisk(
  db: ReciprocityDatabase,
  times = Number.POSITIVE_INFINITY,
  report: FullDiskReport = 'quota',
): () => void {
  let left = times;
  const name = report === 'quota' ? 'QuotaExceededError' : 'AbortError';
  const message =
    report === 'quota'
      ? 'quota'
      : 'The transaction was aborted, so the request cannot be fulfilled.';
  const restoreEstimate = report === 'abort' ? stubStorageEstimate(FULL_ESTIMATE) : () => {};
  const full = (): void => {
    if (left-- > 0) throw Object.assign(new Error(message), { name });
  };
  db.callMoments.hook('creating', full);
  return () => {
    db.callMoments.hook('creating').unsubscribe(full);
    restoreEstimate();
  };
}
