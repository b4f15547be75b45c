import { browser } from 'wxt/browser';
import type { CaptionTabPort } from './caption-tab';

/** The meeting tab's line to the extension: runtime messages out, replies to its asks. */
export const runtimePort: CaptionTabPort = {
  send(message) {
    // No listener (the extension is reloading) is no reason to stop reading.
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
  listen(answer) {
    const listener = (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
      const response = answer(message);
      if (response === undefined) return false;
      reply(response);
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
};
