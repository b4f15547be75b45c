function pad(n: number): string {
  return n.toString().padStart(2, '0');
}

/** 65_000 → "1:05", 3_725_000 → "1:02:05". Negative values clamp to 0. */
export function formatOffset(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "1 h 5 min", "12 min", "40 s". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const minutes = Math.round(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * "1:05" → 65_000, "1:02:05" → 3_725_000, "12" → 12 minutes. Undefined when the text
 * is not a time, so a form can say so instead of guessing.
 */
export function parseOffset(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed) * 60_000;
  const match = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})$/.exec(trimmed);
  if (!match) return undefined;
  const [, h, m, s] = match;
  const seconds = Number(s);
  if (seconds > 59 || (h !== undefined && Number(m) > 59)) return undefined;
  return ((Number(h ?? 0) * 60 + Number(m)) * 60 + seconds) * 1000;
}

/** Shown for a stored time that is no date: a damaged record must not stop a screen. */
export const UNKNOWN_DATE = 'unknown date';

/** Whether `ms` is a time `Date` can hold (±8.64e15 ms); formatting any other throws. */
export function isValidTime(ms: unknown): ms is number {
  return typeof ms === 'number' && !Number.isNaN(new Date(ms).getTime());
}

/** `format.format(ms)`, or "unknown date" where Intl would throw "Invalid time value". */
export function formatDate(format: Intl.DateTimeFormat, ms: number): string {
  return isValidTime(ms) ? format.format(ms) : UNKNOWN_DATE;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day's formatter per locale (undefined: the browser's), with or without its year. */
function dayFormat(withYear: boolean, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${withYear ? 'year' : 'day'}|${locale ?? ''}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * A day, with its year only when that is not the year of `now` ("Jan 18", "Jan 18, 2022"
 * in English): years of calls make a yearless date ambiguous.
 */
export function formatDay(ms: number, now: number, locale?: string): string {
  if (!isValidTime(ms)) return UNKNOWN_DATE;
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return dayFormat(!sameYear, locale).format(ms);
}

/**
 * How a call's start reads on every screen: the time as the locale writes a short time
 * ("2:00 PM", "14:00"), never a padded "02:00 PM" on one screen beside "2:00 PM" on another.
 * `medium` is a list row's date ("Jan 18, 2026, 2:00 PM"), `full` a call page's heading
 * ("Sunday, January 18, 2026 at 2:00 PM"); both keep the locale's own short time.
 */
export type CallStartStyle = 'time' | 'medium' | 'full';

const CALL_START_OPTIONS: Record<CallStartStyle, Intl.DateTimeFormatOptions> = {
  time: { timeStyle: 'short' },
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  full: { dateStyle: 'full', timeStyle: 'short' },
};
// One formatter per style and locale: a history screen formats dozens of rows per frame.
const callStartFormats = new Map<string, Intl.DateTimeFormat>();

export function formatCallStart(ms: number, style: CallStartStyle, locale?: string): string {
  const key = `${style}|${locale ?? ''}`;
  let format = callStartFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, CALL_START_OPTIONS[style]);
    callStartFormats.set(key, format);
  }
  return formatDate(format, ms);
}

/** "Jan 18, 2:00 PM": a call's day (its year only when not the year of `now`) and time. */
export function formatCallDayTime(ms: number, now: number, locale?: string): string {
  if (!isValidTime(ms)) return UNKNOWN_DATE;
  return `${formatDay(ms, now, locale)}, ${formatCallStart(ms, 'time', locale)}`;
}
