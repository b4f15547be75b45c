import { beforeEach, expect, test } from 'vitest';
import {
  CAPTION_MATCHES,
  CAPTION_SCRIPT_FILE,
  CAPTION_SCRIPT_ID,
  syncCaptionReading,
  turnCaptionQuotesOn,
  stopReadingCaptions,
  type ScriptingApi,
} from '../../../lib/extension/captions/caption-registration';
import { adapterFor } from '../../../lib/extension/captions/caption-adapters';

/** A browser with a registry of scripts and some open meeting tabs. */
function fakeScripting(openTabs: number[] = [], refusing: number[] = []) {
  const registry = new Map<string, string[]>();
  const injected: number[] = [];
  const api: ScriptingApi = {
    registered: async (id) => registry.has(id),
    async register({ id, matches }) {
      if (registry.has(id)) throw new Error(`Duplicate script ID '${id}'`);
      registry.set(id, matches);
    },
    async unregister(id) {
      if (!registry.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    },
    openTabs: async () => openTabs,
    async inject(tabId, file) {
      expect(file).toBe(CAPTION_SCRIPT_FILE);
      if (refusing.includes(tabId)) throw new Error('Cannot access contents of the page');
      injected.push(tabId);
    },
  };
  return { api, registry, injected };
}

let browser: ReturnType<typeof fakeScripting>;
beforeEach(() => {
  browser = fakeScripting([4, 7, 9], [7]);
});

test('on, once granted: registered for the meeting pages and injected into those open', async () => {
  expect(await turnCaptionQuotesOn(async () => true, browser.api)).toEqual({ on: true });
  expect(browser.registry.get(CAPTION_SCRIPT_ID)).toEqual(CAPTION_MATCHES);
  // A tab that refuses (an error page) does not stop the others.
  expect(browser.injected).toEqual([4, 9]);
});

test('refused: nothing registered, and why', async () => {
  const result = await turnCaptionQuotesOn(async () => false, browser.api);
  expect(result).toEqual({ on: false, problem: 'denied' });
  expect(browser.registry.size).toBe(0);
  const thrown = await turnCaptionQuotesOn(async () => {
    throw new Error('not a user gesture');
  }, browser.api);
  expect(thrown).toEqual({
    on: false,
    problem: 'prompt-failed',
    detail: expect.stringMatching(/not a user gesture/),
  });
});

test('on twice registers once; off unregisters, and off again is no error', async () => {
  await turnCaptionQuotesOn(async () => true, browser.api);
  await turnCaptionQuotesOn(async () => true, browser.api);
  expect(browser.registry.size).toBe(1);
  await stopReadingCaptions(browser.api);
  await stopReadingCaptions(browser.api);
  expect(browser.registry.size).toBe(0);
});

test('at start, the registration follows the setting and the grant', async () => {
  await syncCaptionReading(true, async () => true, browser.api);
  expect(browser.registry.has(CAPTION_SCRIPT_ID)).toBe(true);
  await syncCaptionReading(true, async () => false, browser.api);
  expect(browser.registry.has(CAPTION_SCRIPT_ID)).toBe(false);
  await syncCaptionReading(true, async () => true, browser.api);
  await syncCaptionReading(false, async () => true, browser.api);
  expect(browser.registry.has(CAPTION_SCRIPT_ID)).toBe(false);
});

test('every page registered is one an adapter reads, or a host it filters by path', () => {
  const pattern = (match: string) =>
    new RegExp(`^${match.replaceAll('.', '\\.').replaceAll('*', '.*')}$`);
  for (const address of [
    'https://meet.google.com/abc-defg-hij',
    'https://teams.microsoft.com/v2/',
    'https://teams.live.com/meet/1',
    'https://app.zoom.us/wc/123/join',
  ]) {
    expect(CAPTION_MATCHES.some((m) => pattern(m).test(address))).toBe(true);
    expect(adapterFor(address)).not.toBeNull();
  }
  expect(CAPTION_MATCHES.some((m) => pattern(m).test('https://acme.webex.com/meet/x'))).toBe(false);
});
