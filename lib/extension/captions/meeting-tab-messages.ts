import { browser } from 'wxt/browser';
import type { ToCaptionTab } from './caption-messages';
import { CAPTION_MATCHES } from './caption-registration';

/**
 * Asks the meeting tab's caption reader: the tab that last reported first, then any open
 * meeting page. The first answer wins; null when no tab reads captions (none open, or the
 * reader not running in it).
 */
export async function askMeetingTab<Reply>(
  message: ToCaptionTab,
  preferred: number | null = null,
): Promise<Reply | null> {
  let open: number[] = [];
  try {
    const tabs = await browser.tabs.query({ url: CAPTION_MATCHES });
    open = tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  } catch {
    // Without the hosts granted the query is refused: no meeting tab can be read either.
  }
  const order = preferred !== null && open.includes(preferred) ? [preferred, ...open] : open;
  for (const tabId of new Set(order)) {
    try {
      const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply | undefined;
      if (reply) return reply;
    } catch {
      // No reader in that tab ("receiving end does not exist"): ask the next.
    }
  }
  return null;
}
