import type { Platform } from './model';

/** Origins we may ask for (optional host permissions) to read a meeting tab's title. */
export const MEETING_ORIGINS = [
  'https://meet.google.com/*',
  'https://zoom.us/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://*.webex.com/*',
] as const;

const HOSTS: ReadonlyArray<[RegExp, Platform]> = [
  [/^meet\.google\.com$/, 'meet'],
  [/^(?:[\w-]+\.)*zoom\.us$/, 'zoom'],
  [/^teams\.(?:microsoft|live)\.com$/, 'teams'],
  [/^(?:[\w-]+\.)*webex\.com$/, 'webex'],
];

export function detectPlatform(url: string | undefined): Platform {
  if (!url) return 'other';
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return 'other';
    host = parsed.hostname.toLowerCase();
  } catch {
    return 'other';
  }
  return HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? 'other';
}

const NOISE: ReadonlyArray<RegExp> = [
  /^Meet\s*[-–:]\s*/i,
  /\s*[-–|]\s*Google Meet$/i,
  /\s*[|–-]\s*Microsoft Teams$/i,
  /\s*[-–|]\s*Zoom(?: Workplace)?$/i,
  /\s*[-–|]\s*Webex$/i,
  /^\(\d+\)\s*/,
];

const GENERIC =
  /^(?:google meet|meet|zoom|zoom workplace|microsoft teams|teams|webex|[a-z]{3}-[a-z]{4}-[a-z]{3})$/i;

/** A human title for the call from the tab's title, or '' when the tab says nothing useful. */
export function titleFromTab(tabTitle: string | undefined): string {
  let title = (tabTitle ?? '').trim();
  for (const pattern of NOISE) title = title.replace(pattern, '').trim();
  return GENERIC.test(title) ? '' : title.slice(0, 200);
}

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  meet: 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  webex: 'Webex',
  other: 'Other',
};
