import { browser } from 'wxt/browser';
import type { Platform } from '../../domain/model';
import type { CaptionStatusReply, FromCaptionTab } from './caption-messages';
import { hasMeetingAccess } from '../meeting-tab-access';
import { askMeetingTab } from './meeting-tab-messages';

export { hasMeetingAccess };

function isFromCaptionTab(message: unknown): message is FromCaptionTab {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'caption-lines' || type === 'caption-health';
}

/** Hears what meeting tabs report (their runtime messages reach every extension page). */
export function listenToCaptionTabs(handler: (message: FromCaptionTab) => void): () => void {
  const listener = (message: unknown) => {
    if (isFromCaptionTab(message)) handler(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The reading meeting tab's health, or null when no tab reads captions. */
export function askCaptionStatus(): Promise<CaptionStatusReply | null> {
  return askMeetingTab<CaptionStatusReply>({ type: 'caption-status' });
}

/** Meeting sites whose captions are not read yet; their tabs get a plain "not supported". */
const UNSUPPORTED: ReadonlyArray<[string, Platform]> = [['https://*.webex.com/*', 'webex']];

/** The platform of an open meeting tab whose captions are not read, or null. */
export async function openUnsupportedMeeting(): Promise<Platform | null> {
  for (const [match, platform] of UNSUPPORTED) {
    try {
      if ((await browser.tabs.query({ url: match })).length > 0) return platform;
    } catch {
      // Hosts not granted: such a tab cannot be seen, so none is reported.
    }
  }
  return null;
}
