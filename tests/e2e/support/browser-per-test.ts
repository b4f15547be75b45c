import { afterEach, beforeEach } from 'vitest';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
} from './extension-browser';

/** Live queries and commits land within milliseconds; the margin is for a loaded CI machine. */
export const POLL = { timeout: 10_000, interval: 50 };

export interface BrowserUnderTest {
  profile: string;
  browser: ExtensionBrowser;
}

/** A fresh profile and browser with the built extension for each test, cleaned up after. */
export function browserPerTest(options: { lang?: string } = {}): BrowserUnderTest {
  const state = {} as BrowserUnderTest;
  beforeEach(async () => {
    state.profile = await makeProfileDir();
    state.browser = await launchExtensionBrowser(state.profile, options);
  });
  afterEach(async () => {
    await state.browser.close();
    await removeProfileDir(state.profile);
  });
  return state;
}
