export const DISK_FULL_MESSAGE = 'Not saved: your disk is full. Free some space, then retry.';

function errorName(error: unknown): string {
  return error instanceof Error
    ? error.name
    : ((error as { name?: unknown } | null)?.name ?? '').toString();
}

/** The name of the error, and of the browser's error Dexie wrapped in it, if any. */
function names(error: unknown): [string, string] {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return [errorName(error), inner === undefined ? '' : errorName(inner)];
}

/** A plain sentence for a failed write, naming what went wrong. */
export function describeWriteError(error: unknown): string {
  const [name, inner] = names(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return DISK_FULL_MESSAGE;
  if (name === 'DatabaseClosedError' || name === 'VersionError' || name === 'BlockedError') {
    return 'Not saved: the database is closed or blocked by another window. Reload the panel, then retry.';
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Not saved: the write failed${detail}. Retry.`;
}

/** What `navigator.storage.estimate()` answers; either field may be missing. */
export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

export type EstimateStorage = () => Promise<StorageEstimate>;

/** The browser's own estimate, read when asked (so that a test can stand in for it). */
export const browserStorageEstimate: EstimateStorage = async () => {
  const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator
    ?.storage;
  return storage?.estimate ? storage.estimate() : {};
};

/**
 * Room left below which the disk counts as full. Chromium caps an origin's quota at its
 * usage plus the free disk space, so a full disk shows as usage at (or within a few
 * writes of) the quota.
 */
export const FULL_DISK_MARGIN_BYTES = 64 * 1024 * 1024;
export const FULL_DISK_SHARE = 0.99;

/** Whether the estimate says this origin has (next to) no room left. */
export function isDiskFull({ usage, quota }: StorageEstimate): boolean {
  if (usage === undefined || quota === undefined || quota <= 0) return false;
  return quota - usage < FULL_DISK_MARGIN_BYTES || usage / quota >= FULL_DISK_SHARE;
}

/**
 * `describeWriteError`, and a full disk recognised however the browser reports it.
 * Chromium aborts the transaction (an AbortError, not a QuotaExceededError) when the disk
 * fills, so an aborted write asks the browser how much room is left before saying why.
 */
export async function explainWriteError(
  error: unknown,
  estimate: EstimateStorage = browserStorageEstimate,
): Promise<string> {
  const [name, inner] = names(error);
  if (name === 'AbortError' || inner === 'AbortError') {
    // The estimate only improves the wording: should it fail, the plain description stands.
    const full = await estimate().then(isDiskFull, () => false);
    if (full) return DISK_FULL_MESSAGE;
  }
  return describeWriteError(error);
}
