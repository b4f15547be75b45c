import type { Message } from '../i18n/translate';
import type { Platform } from '../model';
import type { CaptureHealth } from './capture-health';

/**
 * The platforms as the one status line names them: short, it shares the panel's width. A
 * product's name is the same in every language; an unnamed one is a message.
 */
const SHORT_NAMES: Readonly<Record<Platform, string | Message>> = {
  meet: 'Meet',
  teams: 'Teams',
  zoom: 'Zoom',
  webex: 'Webex',
  other: { id: 'live.captions.platform.other' },
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
export function captureStatusMessage(view: CaptureView): Message {
  if (view.source === 'none') return { id: 'live.captions.status.noMeeting' };
  if (view.source === 'no-access') return { id: 'live.captions.status.noAccess' };
  const platform = SHORT_NAMES[view.platform];
  if (view.source === 'unsupported')
    return { id: 'live.captions.status.unsupported', params: { platform } };
  const health = view.health;
  switch (health.state) {
    case 'no-meeting':
      return { id: 'live.captions.status.noMeeting' };
    case 'waiting':
      return { id: 'live.captions.status.waiting', params: { platform } };
    case 'captions-off':
      return { id: 'live.captions.status.captionsOff' };
    case 'reading':
      return health.speakers === 0
        ? { id: 'live.captions.status.reading', params: { platform } }
        : {
            id: 'live.captions.status.readingSpeakers',
            params: { platform, count: health.speakers },
          };
    case 'not-recognised':
      return { id: 'live.captions.status.notRecognised' };
  }
}

/** Whether the line is a problem the user should act on (drawn as a warning, not a note). */
export function captureNeedsAttention(view: CaptureView): boolean {
  if (view.source !== 'reader') return true;
  return view.health.state !== 'reading' && view.health.state !== 'waiting';
}
