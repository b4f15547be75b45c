import { describe, expect, test } from 'vitest';
import { MEETING_ORIGINS } from '../../lib/domain/meeting-tab';
import { SEL } from './support/extension-pages';
import { EXTENSION_ORIGIN, firefoxPerFile, openExtensionPage } from './support/firefox';

const firefox = firefoxPerFile();

/** What the add-on meets in Firefox where Chrome differs, read from one of its own pages. */
interface FirefoxFacts {
  sidePanel: string;
  sidebarAction: string;
  sidebarPanel: string | undefined;
  action: string;
  browserAction: string;
  background: string;
  commands: Array<{ name: string; shortcut: string }>;
  openShortcutSettings: string;
  optionalPermissions: string[];
  meetingAccess: boolean;
  persisted: boolean;
  registeredScripts: unknown;
}

describe('the add-on in Firefox, where Firefox differs from Chrome', () => {
  test('sidebar instead of side panel, MV2 background page, commands, optional host access', async () => {
    const panel = await openExtensionPage(firefox.browser, 'sidepanel.html', SEL.startButton);
    const facts = await panel.evaluate(async (origins): Promise<FirefoxFacts> => {
      // Firefox's own `browser` namespace: these are the APIs the add-on's code feature-tests.
      const { browser } = globalThis as unknown as {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the raw WebExtension API, untyped here
        browser: any;
      };
      const manifest = browser.runtime.getManifest();
      const commands = (await browser.commands.getAll()) as Array<{
        name: string;
        shortcut?: string;
      }>;
      return {
        sidePanel: typeof browser.sidePanel,
        sidebarAction: typeof browser.sidebarAction?.toggle,
        sidebarPanel: await browser.sidebarAction.getPanel({}),
        action: typeof browser.action,
        browserAction: typeof browser.browserAction?.onClicked,
        background: String(await browser.runtime.getBackgroundPage()),
        commands: commands.map((c) => ({ name: c.name, shortcut: c.shortcut ?? '' })),
        openShortcutSettings: typeof browser.commands.openShortcutSettings,
        optionalPermissions: manifest.optional_permissions ?? [],
        meetingAccess: await browser.permissions.contains({ origins }),
        persisted: await navigator.storage.persisted(),
        // The caption reader is registered at run time (MV2 has scripting from Firefox 102).
        registeredScripts: await browser.scripting.getRegisteredContentScripts(),
      };
    }, MEETING_ORIGINS);

    // No `sidePanel`: the panel is the manifest's `sidebar_action`, toggled from the toolbar
    // button (`browserAction` in MV2, where Chrome has `action`).
    expect(facts.sidePanel).toBe('undefined');
    expect(facts.sidebarPanel).toBe(`${EXTENSION_ORIGIN}/sidepanel.html`);
    expect(facts.sidebarAction).toBe('function');
    expect(facts.action).toBe('undefined');
    expect(facts.browserAction).toBe('object');
    // The background is a page (a window), not a service worker.
    expect(facts.background).toBe('[object Window]');
    // Every command is declared; the four suggested keys are bound. Firefox has no
    // chrome://extensions/shortcuts page: the settings open Firefox's own shortcut manager.
    expect(facts.commands).toHaveLength(20);
    expect(facts.commands.filter((c) => c.shortcut !== '')).toEqual([
      { name: 'tag-them-request', shortcut: 'Alt+Shift+1' },
      { name: 'tag-them-proprietary', shortcut: 'Alt+Shift+2' },
      { name: 'tag-them-value', shortcut: 'Alt+Shift+3' },
      { name: 'tag-me-value', shortcut: 'Alt+Shift+4' },
    ]);
    expect(facts.openShortcutSettings).toBe('function');
    // MV2 has `optional_permissions` for hosts (no `optional_host_permissions`); nothing is
    // granted at install. The prompt itself needs a real click and Firefox's doorhanger, which
    // a BiDi session cannot answer: that path stays manual.
    expect(facts.optionalPermissions).toEqual([...MEETING_ORIGINS]);
    expect(facts.meetingAccess).toBe(false);
    // Firefox answers the pages' `navigator.storage.persist()`: the data is not evictable.
    expect(facts.persisted).toBe(true);
    // Quotes from captions are off: the background's start-up left no reader registered.
    expect(facts.registeredScripts).toEqual([]);
  });

  test("the add-on's Options page (options_ui) replaces itself with the full page's Settings", async () => {
    const page = await openExtensionPage(firefox.browser, 'options.html', 'h1::-p-text(Settings)');
    expect(await page.evaluate(() => location.href)).toBe(
      `${EXTENSION_ORIGIN}/calls.html#/settings`,
    );
    await page.close();
  });
});
