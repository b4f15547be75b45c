import { browser } from 'wxt/browser';
import { hasMeetingAccess, requestMeetingAccess } from '../meeting-tab-access';

/** The id the content script is registered under. */
export const CAPTION_SCRIPT_ID = 'reciprocity-captions';
/** The built content script (entrypoints/captions.content.ts). */
export const CAPTION_SCRIPT_FILE = '/content-scripts/captions.js' as const;

/**
 * The meeting pages whose captions are read: Meet, Teams web and Zoom's web client. Webex and
 * the rest are not (yet): their hosts stay asked only to name the call from the tab.
 */
export const CAPTION_MATCHES = [
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://*.zoom.us/wc/*',
];

/** The part of browser.scripting and browser.tabs this needs: tests hand in their own. */
export interface ScriptingApi {
  registered: (id: string) => Promise<boolean>;
  register: (script: { id: string; matches: string[]; js: string[] }) => Promise<void>;
  unregister: (id: string) => Promise<void>;
  /** The ids of open tabs at these addresses. */
  openTabs: (matches: string[]) => Promise<number[]>;
  inject: (tabId: number, file: typeof CAPTION_SCRIPT_FILE) => Promise<void>;
}

export const browserScripting: ScriptingApi = {
  async registered(id) {
    const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    return scripts.length > 0;
  },
  async register({ id, matches, js }) {
    await browser.scripting.registerContentScripts([
      { id, matches, js, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  },
  async unregister(id) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  },
  async openTabs(matches) {
    const tabs = await browser.tabs.query({ url: matches });
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  },
  async inject(tabId, file) {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  },
};

/**
 * Makes sure the content script runs on meeting pages: registered for pages opened from now
 * on, and injected into meeting tabs already open (it starts once per tab however often it
 * is injected). A tab that refuses (closed meanwhile, an error page) is skipped.
 */
export async function startReadingCaptions(api: ScriptingApi = browserScripting): Promise<void> {
  if (!(await api.registered(CAPTION_SCRIPT_ID))) {
    await api.register({
      id: CAPTION_SCRIPT_ID,
      matches: CAPTION_MATCHES,
      js: [CAPTION_SCRIPT_FILE],
    });
  }
  const tabs = await api.openTabs(CAPTION_MATCHES);
  await Promise.all(tabs.map((tabId) => api.inject(tabId, CAPTION_SCRIPT_FILE).catch(() => {})));
}

/** No new meeting page gets the reader; a tab already reading keeps its few minutes' memory until closed. */
export async function stopReadingCaptions(api: ScriptingApi = browserScripting): Promise<void> {
  if (await api.registered(CAPTION_SCRIPT_ID)) await api.unregister(CAPTION_SCRIPT_ID);
}

/** Why the switch stayed off: access refused, or the prompt failed (`detail`: the browser's words). */
export type TurnOnResult =
  | { on: true }
  | { on: false; problem: 'denied' }
  | { on: false; problem: 'prompt-failed'; detail: string };

/**
 * The switch turned on. Must be called straight from the click: the browser shows the
 * permission prompt only for a user gesture, so asking for the hosts comes before anything
 * else is awaited.
 */
export async function turnCaptionQuotesOn(
  request: () => Promise<boolean> = requestMeetingAccess,
  api: ScriptingApi = browserScripting,
): Promise<TurnOnResult> {
  let granted: boolean;
  try {
    granted = await request();
  } catch (error) {
    return { on: false, problem: 'prompt-failed', detail: String(error) };
  }
  if (!granted) {
    return { on: false, problem: 'denied' };
  }
  await startReadingCaptions(api);
  return { on: true };
}

/**
 * Brings the registration in line with the setting, when the background starts: on with the
 * hosts granted registers (Firefox may not keep a registration across restarts), anything
 * else unregisters.
 */
export async function syncCaptionReading(
  wanted: boolean,
  granted: () => Promise<boolean> = hasMeetingAccess,
  api: ScriptingApi = browserScripting,
): Promise<void> {
  if (wanted && (await granted())) await startReadingCaptions(api);
  else await stopReadingCaptions(api);
}
