import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCaptionTab } from '../lib/extension/captions/caption-tab';
import { runtimePort } from '../lib/extension/captions/runtime-port';

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
    startCaptionTab(document, location.href, runtimePort);
  },
});
