import { formatCallStart } from './format-time';

export const TITLE_MAX = 200;

/** Collapses whitespace and trims; titles are plain text, never markup. */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX);
}

/** "Call, Mon, Nov 23, 9:41 AM" (the time as every screen writes it) — used when the user leaves the title empty. */
export function defaultCallTitle(startedAt: number, locale?: string): string {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(startedAt);
  return `Call, ${day}, ${formatCallStart(startedAt, 'time', locale)}`;
}
