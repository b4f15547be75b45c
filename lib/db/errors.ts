/** A plain sentence for a failed write, naming what went wrong. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the browser says the disk is full. Free some space, then retry.';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionError' || name === 'BlockedError') {
    return 'Not saved: the database is closed or blocked by another window. Reload the panel, then retry.';
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Not saved: the write failed${detail}. Retry.`;
}
