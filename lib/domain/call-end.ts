/**
 * When a call ended: the default when a reopened call is ended again, and the check of an
 * end time a user types. Pure: the current time and the call's facts come in as arguments.
 */
import { translateMessage, type Message } from './i18n/translate';

/** "A little" after the last moment: the call did not stop on the very second of a tag. */
export const AFTER_LAST_MOMENT_MS = 60_000;

/**
 * A reopened call ended again within this time of its last activity (its first end or its
 * latest moment) is taken to have gone on until now; ended later than that, it is taken to
 * have stopped soon after that activity, not to have run all night.
 */
export const RESUMED_WITHIN_MS = 30 * 60_000;

/**
 * An end field holds whole minutes: a minute not yet over is "now", not the future, or a
 * call whose last moment was a few seconds ago could not be ended at all.
 */
export const FUTURE_SLACK_MS = 60_000;

export interface CallTimes {
  startedAt: number;
  /** When the latest moment happened, or null for a call without moments. */
  lastMomentAt: number | null;
  now: number;
}

/**
 * Where a reopened call ends when the user ends it again without choosing a time: now when
 * the call was picked up again and is still going, otherwise shortly after whichever came
 * last of its first end and its latest moment, so that a call reopened the next day does
 * not last 14 hours.
 */
export function defaultReEnd(times: CallTimes & { previousEnd: number }): number {
  const { startedAt, lastMomentAt, now, previousEnd } = times;
  const lastActivity = Math.max(previousEnd, lastMomentAt ?? startedAt);
  if (now - lastActivity <= RESUMED_WITHIN_MS) return Math.max(now, startedAt);
  const end = Math.max(previousEnd, (lastMomentAt ?? startedAt) + AFTER_LAST_MOMENT_MS);
  return Math.max(startedAt, Math.min(end, now));
}

/** When a call's latest moment happened, as its offset places it; null without moments. */
export function latestMomentAt(
  startedAt: number,
  moments: ReadonlyArray<{ offsetMs: number }>,
): number | null {
  // A loop, not Math.max(...): a heavy call's thousands of arguments would overflow the stack.
  let latest: number | null = null;
  for (const m of moments) latest = latest === null ? m.offsetMs : Math.max(latest, m.offsetMs);
  return latest === null ? null : startedAt + latest;
}

/** A refusal's `message` is English (what a thrown error says); `text` is for the UI. */
export type EndCheck =
  { ok: true; endedAt: number } | { ok: false; message: string; text: Message };

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A time as the message names it: with its day only when that is not the day of `now`. */
function when(ms: number, now: number): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return (sameDay ? timeOfDay : dayAndTime).format(ms);
}

/** The first minute boundary at or after `ms`: the earliest end a minute field can hold. */
function nextMinute(ms: number): number {
  return Math.ceil(ms / 60_000) * 60_000;
}

/**
 * The earliest minute an end field should offer: the first whole minute after the start
 * (a call started at 10:05:30 cannot end at 10:05, nor one started at 10:05:00 at 10:05).
 */
export function earliestEndMinute(startedAt: number): number {
  return Math.floor(startedAt / 60_000) * 60_000 + 60_000;
}

function refuse(text: Message): EndCheck {
  return { ok: false, message: translateMessage('en', text), text };
}

/**
 * Checks an end time a user chose: after the start, not in the future, not before the last
 * moment. Returns the time to store (a minute not yet over becomes now) or what was wrong.
 */
export function checkCallEnd(endedAt: number, times: CallTimes): EndCheck {
  const { startedAt, lastMomentAt, now } = times;
  if (!Number.isFinite(endedAt)) return refuse({ id: 'callEnd.notADate' });
  if (endedAt <= startedAt) {
    return refuse({ id: 'callEnd.beforeStart', params: { start: when(startedAt, now) } });
  }
  if (endedAt > now + FUTURE_SLACK_MS) {
    return refuse({ id: 'callEnd.future', params: { now: when(now, now) } });
  }
  if (lastMomentAt !== null && endedAt < lastMomentAt) {
    return refuse({
      id: 'callEnd.beforeLastMoment',
      params: {
        last: when(lastMomentAt, now),
        earliest: when(Math.min(nextMinute(lastMomentAt), now), now),
      },
    });
  }
  return { ok: true, endedAt: Math.min(endedAt, now) };
}

/** The `YYYY-MM-DDTHH:MM` value of an `<input type="datetime-local">`, in local time. */
export function dateTimeInputValue(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Epoch ms of a `datetime-local` value (local time), or NaN when it is not one. */
export function parseDateTimeInput(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return Number.NaN;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(0);
  // setFullYear, not new Date(y, …): that reads years 0–99 as 1900–1999.
  date.setFullYear(y, mo - 1, d);
  date.setHours(h, mi, s, 0);
  // Date rolls over (month 13, 30 February, 24:00, 99 seconds): such a value is no date.
  const exact =
    date.getFullYear() === y &&
    date.getMonth() === mo - 1 &&
    date.getDate() === d &&
    date.getHours() === h &&
    date.getMinutes() === mi &&
    date.getSeconds() === s;
  return exact ? date.getTime() : Number.NaN;
}
