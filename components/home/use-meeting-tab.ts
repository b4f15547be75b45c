import { useEffect, useRef, useState } from 'react';
import { detectPlatform, PLATFORM_LABELS, titleFromTab } from '../../lib/domain/meeting-tab';
import type { Platform } from '../../lib/domain/model';
import {
  hasMeetingAccess,
  readActiveTab,
  requestMeetingAccess,
} from '../../lib/extension/meeting-tab-access';
import { useT } from '../app-context/i18n-context';

export interface MeetingInfo {
  platform: Platform;
  url?: string;
  title: string;
}

async function readMeetingTab(): Promise<MeetingInfo | undefined> {
  const tab = await readActiveTab();
  const platform = detectPlatform(tab?.url);
  if (!tab?.url || platform === 'other') return undefined;
  return { platform, url: tab.url, title: titleFromTab(tab.title) };
}

/**
 * The meeting tab's platform, address and title: read at once when access was granted
 * before, or on request. `message` says what happened, in words.
 */
export function useMeetingTab(onInfo: (info: MeetingInfo) => void) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const onInfoRef = useRef(onInfo);
  onInfoRef.current = onInfo;
  const tRef = useRef(t);
  tRef.current = t;
  const apply = useRef((info: MeetingInfo) => {
    onInfoRef.current(info);
    setMessage(tRef.current('home.meeting.using', { platform: PLATFORM_LABELS[info.platform] }));
  }).current;

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!(await hasMeetingAccess())) return;
      const info = await readMeetingTab().catch(() => undefined);
      if (info && !cancelled) apply(info);
    })();
    return () => {
      cancelled = true;
    };
  }, [apply]);

  async function fillFromMeetingTab(): Promise<void> {
    setMessage(null);
    try {
      const granted = await requestMeetingAccess();
      if (!granted) {
        setMessage(t('home.meeting.declined'));
        return;
      }
      const info = await readMeetingTab();
      if (info) apply(info);
      else setMessage(t('home.meeting.notAMeeting'));
    } catch (e) {
      setMessage(t('home.meeting.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  return { message, fillFromMeetingTab };
}
