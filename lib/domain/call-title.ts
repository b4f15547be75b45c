export const TITLE_MAX = 200;

/** Collapses whitespace and trims; titles are plain text, never markup. */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX);
}

/** "Call, Mon 23 Nov 09:41" — used when the user leaves the title empty. */
export function defaultCallTitle(startedAt: number, locale?: string): string {
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(startedAt);
  return `Call, ${when}`;
}
