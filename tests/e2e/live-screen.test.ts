import { describe, expect, test } from 'vitest';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

const LONG_GOAL =
  'Agree the scope, the price and the timeline of a joint pilot with their retail team, ' +
  'and leave with a named owner on their side https://example.com/a-very-long-link-without-any-break';

describe('the live call screen in real Chromium', () => {
  test('a long goal neither squashes the prep icon nor runs past two lines', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.page.getByText('Prepare (optional)').click();
    await panel.page.getByLabel('My goal for this call').fill(LONG_GOAL);
    await panel.startCall('Pilot with Acme', 'Acme');
    const summary = panel.page.locator('.prep-panel > summary');
    const icon = await summary.locator('svg').boundingBox();
    expect(icon?.width).toBe(14);
    expect(icon?.height).toBe(14);
    const goal = summary.locator('.prep-goal');
    const lineHeight = await goal.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const box = await goal.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    // Inside the panel's width: nothing sticks out to the right.
    const panelBox = await panel.page.locator('.prep-panel').boundingBox();
    if (!box || !panelBox) throw new Error('no prep panel');
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  });

  test('the advertised keys work in the still-empty note; Esc closes the keys; screenshots', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.page.getByText('Prepare (optional)').click();
    await panel.page.getByLabel('My goal for this call').fill(LONG_GOAL);
    await panel.startCall('Pilot with Acme', 'Acme');

    await panel.tagButton('Them', 'Asked for something').click();
    await expect
      .poll(() => panel.noteInput.evaluate((el) => el === document.activeElement), POLL)
      .toBe(true);
    await panel.page.keyboard.press('x');
    await expect.poll(() => panel.moments.first().textContent(), POLL).toMatch(/MeAsked/);
    expect(await panel.noteInput.inputValue()).toBe('');
    // A tag letter in the empty note tags; a note that starts with another key is text.
    await panel.page.keyboard.press('p');
    await expect.poll(() => panel.moments.count(), POLL).toBe(2);
    await panel.page.keyboard.type('wants our pricing deck');
    await panel.page.keyboard.press('Enter');
    await expect
      .poll(() => panel.moments.first().textContent(), POLL)
      .toMatch(/wants our pricing deck/);
    for (const key of ['e', 'd', 'Shift+O', 'a']) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await expect.poll(() => panel.moments.count(), POLL).toBe(6);
    await panel.page.keyboard.press('Control+z');
    await expect.poll(() => panel.moments.count(), POLL).toBe(5);
    await panel.page.getByText(/Removed/).waitFor();
    await panel.screenshot('live-screen-light');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot('live-screen-dark');
    await panel.page.emulateMedia({ colorScheme: 'light' });

    const end = panel.endButton;
    await end.focus();
    await panel.page.keyboard.press('?');
    const sheet = panel.page.locator('details.cheat-sheet');
    await expect.poll(() => sheet.getAttribute('open'), POLL).not.toBeNull();
    await panel.screenshot('live-cheat-sheet');
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => sheet.getAttribute('open'), POLL).toBeNull();
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
