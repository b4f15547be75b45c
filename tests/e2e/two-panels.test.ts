import { describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

describe('one live call in every panel', () => {
  test('two panels show the same live call and each other’s tags; ending it in one ends it in both', async () => {
    const { context, extensionId } = under.browser;
    const first = await PanelPage.open(context, extensionId);
    const second = await PanelPage.open(context, extensionId);
    await second.startButton.waitFor();

    await first.startCall('Shared call', 'Acme');
    await second.endButton.waitFor();
    expect(await second.page.getByRole('heading', { name: 'Shared call' }).isVisible()).toBe(true);

    await first.page.keyboard.press('a');
    await first.page.keyboard.press('Escape');
    await second.page.keyboard.press('Shift+V');
    await second.page.keyboard.press('Escape');
    for (const panel of [first, second]) {
      await expect.poll(() => panel.moments.count(), POLL).toBe(2);
    }

    await second.endButton.click();
    await first.startButton.waitFor();
  });
});
