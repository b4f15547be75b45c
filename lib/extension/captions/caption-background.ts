import { browser } from 'wxt/browser';
import type { ReciprocityDatabase } from '../../db/database';
import { getLiveCall } from '../../db/calls-repository';
import { attachQuote, recordCaptionLines } from '../../db/quotes-repository';
import { getLeadTimeMs, getPreferences } from '../../db/settings-repository';
import type { CaptionQuoteReply, FromCaptionTab } from './caption-messages';
import { syncCaptionReading } from './caption-registration';
import { askMeetingTab } from './meeting-tab-messages';
import { createQuoteKeeper, type QuoteKeeper } from './quote-keeper';
import { isTagCommitted } from './tag-quotes';

function isFromCaptionTab(message: unknown): message is FromCaptionTab {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'caption-lines' || type === 'caption-health';
}

/**
 * The background's side of captions: it alone stores what the meeting tab reads (the tab
 * never touches the database), quotes each tag committed in a panel, and at start brings the
 * reader's registration in line with the setting. Returns the keeper, for global shortcuts.
 */
export function listenToCaptions(db: ReciprocityDatabase): QuoteKeeper {
  let meetingTab: number | null = null;
  const keeper = createQuoteKeeper({
    enabled: async () => (await getPreferences(db)).captionQuotes,
    liveCallId: async () => (await getLiveCall(db))?.id ?? null,
    leadTimeMs: () => getLeadTimeMs(db),
    askQuote: (from, to) =>
      askMeetingTab<CaptionQuoteReply>({ type: 'caption-quote', from, to }, meetingTab),
    attachQuote,
    recordCaptionLines,
    now: Date.now,
    onError: (what, error) => console.error(`Reciprocity Coach: the ${what} was not saved`, error),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isFromCaptionTab(message)) {
      meetingTab = sender.tab?.id ?? meetingTab;
      if (message.type === 'caption-lines') void keeper.onLines(message.lines);
    } else if (isTagCommitted(message)) {
      void keeper.onTagged(message);
    }
    // Nothing is answered: returning no promise leaves replies to other listeners.
    return undefined;
  });
  getPreferences(db)
    .then((preferences) => syncCaptionReading(preferences.captionQuotes))
    .catch((error: unknown) =>
      console.error('Reciprocity Coach: caption reading could not be set up', error),
    );
  return keeper;
}
