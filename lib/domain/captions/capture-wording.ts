import type { Platform } from '../model';
import type { CaptureHealth } from './capture-health';

/** The platforms as the one status line names them: short, it shares the panel's width. */
const SHORT_NAMES: Readonly<Record<Platform, string>> = {
  meet: 'Meet',
  teams: 'Teams',
  zoom: 'Zoom',
  webex: 'Webex',
  other: 'the meeting',
};

/** What the panel knows about the meeting tab: a reader's report, or no reader at all. */
export type CaptureView =
  | { source: 'reader'; platform: Platform; health: CaptureHealth }
  /** A meeting tab of a platform whose captions are not read (Webex). */
  | { source: 'unsupported'; platform: Platform }
  /** The meeting sites' access was removed (or never given: settings restored from a backup). */
  | { source: 'no-access' }
  | { source: 'none' };

/** The one line the live screen shows while quotes from captions are on; never blank. */
export function captureStatusText(view: CaptureView): string {
  if (view.source === 'none') return 'No meeting tab';
  if (view.source === 'no-access')
    return 'No access to the meeting sites — switch off and on again to allow it';
  const name = SHORT_NAMES[view.platform];
  if (view.source === 'unsupported') return `Captions from ${name} are not supported yet`;
  const health = view.health;
  switch (health.state) {
    case 'no-meeting':
      return 'No meeting tab';
    case 'waiting':
      return `Waiting for captions in ${name} — press CC if they are off`;
    case 'captions-off':
      return 'Captions are off in the meeting — press CC';
    case 'reading':
      return health.speakers === 0
        ? `Reading captions (${name})`
        : `Reading captions (${name}, ${health.speakers} ${health.speakers === 1 ? 'speaker' : 'speakers'})`;
    case 'not-recognised':
      return 'Captions not recognised — the meeting page may have changed';
  }
}

/** Whether the line is a problem the user should act on (drawn as a warning, not a note). */
export function captureNeedsAttention(view: CaptureView): boolean {
  if (view.source !== 'reader') return true;
  return view.health.state !== 'reading' && view.health.state !== 'waiting';
}
