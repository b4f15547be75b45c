import { timestampRange } from './backup/backup-timestamps';

/**
 * A due date is a day, not an instant: stored as the last millisecond of that local
 * day, so a commitment is past due only once its whole day has gone by.
 */
export function dueAtFromDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d), 23, 59, 59, 999);
  return Number.isNaN(date.getTime()) || date.getDate() !== Number(d) ? undefined : date.getTime();
}

/**
 * Whether a due date may be saved: within the dates a backup accepts (2000-01-01 to a
 * century after `now`), so that everything the app saves restores. A date field reports
 * the year as it is typed, digit by digit (0002, 0020, 0202, 2026): those are not saved.
 */
export function isSaneDueDate(dueAt: number, now: number): boolean {
  const { min, max } = timestampRange(now);
  return dueAt >= min && dueAt <= max;
}

/** The `YYYY-MM-DD` value of an `<input type="date">` for a stored due date ('' if none). */
export function dateInputFromDueAt(dueAt: number): string {
  const date = new Date(dueAt);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
