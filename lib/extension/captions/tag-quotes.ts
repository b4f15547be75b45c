import { browser } from 'wxt/browser';
import type { QuoteLine } from '../../domain/model';

/**
 * A tag committed in a panel, told to the background, which fetches its quote from the
 * meeting tab and stores it (the panel never waits for a quote). Global shortcuts commit in
 * the background itself and need no message.
 */
export interface TagCommitted {
  type: 'tag-committed';
  callId: string;
  momentId: string;
  /** Epoch ms of the key press or click: the quote's window ends here. */
  pressedAt: number;
  /** The quote it was tagged with (an accepted suggestion's line), instead of its window's. */
  quote?: QuoteLine[];
}

export function isTagCommitted(message: unknown): message is TagCommitted {
  const m = message as Partial<TagCommitted> | null;
  return (
    m?.type === 'tag-committed' &&
    typeof m.callId === 'string' &&
    typeof m.momentId === 'string' &&
    typeof m.pressedAt === 'number'
  );
}

/** Fire and forget: no background listening (quotes off, a reload) costs the tag nothing. */
export function announceTagCommitted(tag: Omit<TagCommitted, 'type'>): void {
  const message: TagCommitted = { type: 'tag-committed', ...tag };
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // A browser without messaging here (a test page): the tag stands without its quote.
  }
}
