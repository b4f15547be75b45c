import { createEvents, type EventAttributes } from 'ics';
import type { CommitmentForCalendar } from './open-commitments';

export type { CommitmentForCalendar } from './open-commitments';

export interface IcsOptions {
  /** The calendar day of a due date is taken in this IANA zone (the user's). */
  timeZone: string;
  /** The extension's calls page, e.g. chrome-extension://<id>/calls.html: events link back. */
  callsPageUrl?: string;
}

/** Year, month, day of `ms` in `timeZone`, as the calendar shows that day. */
function calendarDay(ms: number, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** The day after, across months and years: an all-day event ends the next day (RFC 5545). */
function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function event(item: CommitmentForCalendar, options: IcsOptions): EventAttributes {
  const who = item.partnerName?.trim() || item.call.title.trim() || 'Partner call';
  const what = item.note.trim() || 'commitment';
  const whose = item.side === 'me' ? 'You committed' : `${item.partnerName ?? 'They'} committed`;
  const day = calendarDay(item.dueAt, options.timeZone);
  const link = options.callsPageUrl
    ? `${options.callsPageUrl}#/call/${encodeURIComponent(item.call.id)}`
    : undefined;
  const made = new Date(item.call.startedAt).toISOString().slice(0, 10);
  return {
    // Stable: importing the file again updates these events instead of adding copies.
    uid: `${item.momentId}@reciprocity.coach`,
    title: `${who}: ${what}${item.side === 'them' ? ' (theirs)' : ''}`,
    description: [
      `${whose} to this in “${item.call.title.trim() || 'Untitled call'}” (${made}).`,
      item.note.trim(),
      link ? `Open the call: ${link}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    start: day,
    end: nextDay(day),
    ...(link ? { url: link } : {}),
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['Reciprocity Coach'],
  };
}

/**
 * Commitments as an iCalendar file (RFC 5545): one all-day event on each due date, its title
 * who and what ("Acme Robotics: send the pilot site list"), its description the call, the
 * note and a link back to the call's page. Free time, so it blocks no one's calendar.
 */
export function commitmentsToIcs(
  items: readonly CommitmentForCalendar[],
  options: IcsOptions,
): string {
  const { error, value } = createEvents(
    items.map((item) => event(item, options)),
    { productId: 'reciprocity-coach', calName: 'Reciprocity Coach commitments' },
  );
  if (error || !value) throw error ?? new Error('No calendar was made.');
  return value;
}
