import { browser } from 'wxt/browser';
import { MEETING_ORIGINS } from '../domain/meeting-tab';

export interface ActiveTab {
  url?: string;
  title?: string;
}

const origins = [...MEETING_ORIGINS];

export async function hasMeetingAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/** Must run inside a click handler: browsers only show the prompt for a user gesture. */
export async function requestMeetingAccess(): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** The active tab of this window; url and title are only visible for granted hosts. */
export async function readActiveTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return undefined;
  return { ...(tab.url ? { url: tab.url } : {}), ...(tab.title ? { title: tab.title } : {}) };
}
