import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCaptionTab } from '../lib/extension/captions/caption-tab';

/** Set on the tab's isolated world once the reader runs: injected twice, it starts once. */
const STARTED = '__reciprocityCaptions';

/**
 * Reads the meeting's live captions. Not in the manifest: registered at run time
 * (lib/extension/captions/caption-registration.ts) for the meeting hosts, only once the user
 * switches "Quotes from captions" on and grants those hosts; never touches IndexedDB.
 */
export default defineContentScript({
  registration: 'runtime',
  // No `matches`: WXT would make them required host permissions. The registration names them.
  matches: [],
  main() {
    const scope = globalThis as Record<string, unknown>;
    if (scope[STARTED]) return;
    scope[STARTED] = true;
    startCaptionTab(document, location.href, {
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
    });
  },
});
