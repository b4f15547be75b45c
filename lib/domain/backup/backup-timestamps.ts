/**
 * The dates a backup may hold. A timestamp outside what `Date` can represent (past
 * 8.64e15 ms) makes every `Intl.DateTimeFormat.format` on it throw "Invalid time value",
 * and one such record took the home screen, History and the partner page down. The range
 * is narrower than `Date`'s on purpose: nothing in this app happened before 2000, and
 * nothing is planned more than a century ahead.
 */
export const EARLIEST_TIMESTAMP = Date.UTC(2000, 0, 1);
export const YEARS_AHEAD = 100;

export interface TimestampRange {
  min: number;
  max: number;
}

/** From 2000-01-01 to `YEARS_AHEAD` years after `now`; `now` is passed in so tests pin it. */
export function timestampRange(now: number): TimestampRange {
  const max = new Date(Number.isFinite(now) ? now : 0);
  max.setUTCFullYear(max.getUTCFullYear() + YEARS_AHEAD);
  return { min: EARLIEST_TIMESTAMP, max: Math.max(EARLIEST_TIMESTAMP, max.getTime() || 0) };
}

/** `2026-11-23`, or `2026-11-23 14:05:30 UTC` with the time: the same on every machine. */
export function isoDate(ms: number, withTime = false): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(ms);
  const iso = date.toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : iso.slice(0, 10);
}

/** A timestamp as the file holds it, with its date when it is one: `5 (1970-01-01)`. */
export function describeTimestamp(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : `${ms} (${isoDate(ms)})`;
}
