import { describe, expect, test } from 'vitest';
import { badgeText, press, pressGlobalShortcut, SEL, textsOf } from './support/extension-pages';
import { firefoxPerFile, openExtensionPage, POLL } from './support/firefox';

const firefox = firefoxPerFile();

describe('a live call in Firefox', () => {
  test('start, tag by click, panel key and global shortcut, note, undo, reopen, end, history', async () => {
    // The panel is Firefox's sidebar (`sidebar_action`); a headless Firefox shows no sidebar,
    // so its page is opened as a tab: the same page and code the sidebar loads.
    const panel = await openExtensionPage(firefox.browser, 'sidepanel.html', SEL.startButton);
    await panel.locator(SEL.title).fill('Intro with Acme');
    await panel.locator(SEL.partner).fill('Acme');
    await panel.locator(SEL.startButton).click();
    await panel.waitForSelector(SEL.endButton);

    // A click, then a quick note typed straight away.
    await panel.locator(SEL.tag('Them', 'Asked for something')).click();
    await expect.poll(() => textsOf(panel, SEL.moments), POLL).toHaveLength(1);
    await panel.waitForSelector(SEL.noteInput);
    await panel.keyboard.type('wants an intro to our CTO');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => textsOf(panel, SEL.moments), POLL)
      .toEqual([expect.stringMatching(/wants an intro to our CTO/)]);

    // Panel keys.
    for (const key of ['p', 'Escape', 'Shift+V', 'Escape']) await press(panel, key);
    await expect.poll(() => textsOf(panel, SEL.moments), POLL).toHaveLength(3);

    // The background page writes; the open panel shows it without a reload.
    expect(await pressGlobalShortcut(panel, 'tag-them-proprietary')).toMatchObject({
      status: 'tagged',
    });
    await expect.poll(() => textsOf(panel, SEL.moments), POLL).toHaveLength(4);
    expect((await textsOf(panel, SEL.moments))[0]).toMatch(/ThemProprietary/);
    await expect.poll(() => badgeText(panel), POLL).toBe('4');

    await press(panel, 'Control+z');
    await expect.poll(() => textsOf(panel, SEL.moments), POLL).toHaveLength(3);
    await expect.poll(() => badgeText(panel), POLL).toBe('3');

    // Close the panel and open it again: the live call and every moment come back.
    await panel.close();
    const reopened = await openExtensionPage(firefox.browser, 'sidepanel.html', SEL.endButton);
    await expect
      .poll(() => textsOf(reopened, SEL.moments), POLL)
      .toEqual([
        expect.stringMatching(/MeValue/),
        expect.stringMatching(/ThemProprietary/),
        expect.stringMatching(/ThemAsked.*wants an intro to our CTO/),
      ]);

    await reopened.locator(SEL.endButton).click();
    await expect.poll(() => textsOf(reopened, SEL.timeline), POLL).toHaveLength(3);
    await expect.poll(() => textsOf(reopened, SEL.verdict), POLL).toEqual(['They got more']);
    await expect.poll(() => badgeText(reopened), POLL).toBe('');

    const history = await openExtensionPage(firefox.browser, 'calls.html#/', SEL.historyCount);
    await expect.poll(() => textsOf(history, SEL.historyCount), POLL).toEqual(['1 call']);
    await expect
      .poll(() => textsOf(history, SEL.historyRows), POLL)
      .toEqual([expect.stringContaining('Intro with Acme')]);
  });
});
