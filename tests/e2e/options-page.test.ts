import { describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { SettingsPage } from './pages/settings-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

describe("the browser's Options for the extension", () => {
  test('opens the full page on Settings, in a tab whose Back does not return to it', async () => {
    const { context, extensionId } = under.browser;
    // What the toolbar menu's "Options" and chrome://extensions' "Extension options" call.
    const panel = await PanelPage.open(context, extensionId);
    const opened = context.waitForEvent('page');
    await panel.page.evaluate(() => {
      type Runtime = { runtime: { openOptionsPage(): Promise<void> } };
      return (globalThis as unknown as { chrome: Runtime }).chrome.runtime.openOptionsPage();
    });
    const settings = new SettingsPage(await opened);

    await settings.heading.waitFor();
    expect(settings.page.url()).toBe(`chrome-extension://${extensionId}/calls.html#/settings`);
    await expect.poll(() => settings.page.title(), POLL).toMatch(/^Settings/);
    // The redirect replaced its own entry: one page in this tab's history, not two.
    expect(await settings.page.evaluate(() => history.length)).toBe(1);
    // The full page's nav, with Settings as the current page, for keyboard and screen reader.
    await expect
      .poll(
        () =>
          settings.page
            .getByRole('link', { name: 'Settings' })
            .getAttribute('aria-current')
            .catch(() => null),
        POLL,
      )
      .toBe('page');
  });

  test('the options page address itself lands on Settings', async () => {
    const { context, extensionId } = under.browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await new SettingsPage(page).heading.waitFor();
    expect(page.url()).toBe(`chrome-extension://${extensionId}/calls.html#/settings`);
  });
});
