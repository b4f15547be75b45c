const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(ms: number, timeZone: string): Record<string, string> {
  // A time that is no date (a damaged record) reads as "?" rather than throwing mid-export.
  if (Number.isNaN(new Date(ms).getTime())) {
    return { year: '????', month: '??', day: '??', hour: '??', minute: '??' };
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Parts rather than a locale's string: the result is the same on every machine and
    // in every locale, and it sorts as text.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(ms)) parts[part.type] = part.value;
  return parts;
}

/** "2026-11-23" in the given IANA time zone. */
export function formatDate(ms: number, timeZone = 'UTC'): string {
  const p = partsOf(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-11-23 14:05" in the given IANA time zone. */
export function formatDateTime(ms: number, timeZone = 'UTC'): string {
  const p = partsOf(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
