import { describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { SettingsPage } from './pages/settings-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

describe('settings in real Chromium', () => {
  test('a custom give kind with its own key tags from the panel and counts as a give', async () => {
    const { context, extensionId } = under.browser;
    const settings = await SettingsPage.open(context, extensionId);
    await settings.addKind('Shared a lead', 'Give', 'l');
    await expect
      .poll(() => settings.kinds.last().getAttribute('aria-label'), POLL)
      .toBe('Shared a lead');
    expect(await settings.kinds.last().textContent()).toMatch(/L.*Give.*Custom/);
    await settings.screenshot('settings-full');
    await settings.page.emulateMedia({ colorScheme: 'dark' });
    await settings.screenshot('settings-full-dark');
    await settings.page.emulateMedia({ colorScheme: 'light' });

    // The same screen in the side panel, from the home screen's gear button.
    const panel = await PanelPage.open(context, extensionId);
    await panel.page.getByRole('button', { name: 'Settings' }).click();
    const inPanel = new SettingsPage(panel.page);
    await inPanel.heading.waitFor();
    await inPanel.kinds.last().getByRole('button', { name: 'Edit Shared a lead' }).click();
    await panel.screenshot('settings-panel');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot('settings-panel-dark');
    await panel.page.emulateMedia({ colorScheme: 'light' });
    await panel.page.getByRole('button', { name: 'Back' }).click();

    await panel.startCall('Pipeline sync', 'Acme');
    await panel.tagButton('Them', 'Shared a lead').waitFor();
    await panel.page.keyboard.press('l');
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
    await expect.poll(() => panel.moments.first().textContent(), POLL).toMatch(/Shared a lead/);
    await expect
      .poll(() => panel.page.locator('.meter-numbers').textContent(), POLL)
      .toMatch(/^They gave 1 · took 0/);
    await panel.screenshot('settings-custom-kind-tagged');
  });
});
