import { describe, expect, test } from 'vitest';
import { CallReviewPage } from './pages/call-review-page';
import { PanelPage } from './pages/panel-page';
import { badgeText, keepTagAsFailed, pressGlobalShortcut } from './support/worker';
import { launchExtensionBrowser } from './support/extension-browser';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

/** The timer's m:ss (or h:mm:ss) as seconds. */
function seconds(text: string | null): number {
  return (text ?? '').split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

describe('a live call in real Chromium', () => {
  test('start, tag by click, panel key and global shortcut, note, undo, reopen, end', async () => {
    // Privacy is the product: no page of the extension talks to the network.
    const network: string[] = [];
    under.browser.context.on('request', (request) => {
      if (/^(https?|wss?|ftp):/.test(request.url())) network.push(request.url());
    });
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.screenshot('01-home-empty');
    await panel.startCall('Intro with Acme', 'Acme');
    await panel.screenshot('02-live-empty');

    await panel.tagButton('Them', 'Asked for something').click();
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
    await panel.page.keyboard.type('wants an intro to our CTO');
    await panel.page.keyboard.press('Enter');
    await expect
      .poll(() => panel.moments.first().textContent(), POLL)
      .toMatch(/wants an intro to our CTO/);

    await panel.page.keyboard.press('p');
    await panel.page.keyboard.press('Escape');
    await panel.page.keyboard.press('Shift+V');
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => panel.moments.count(), POLL).toBe(3);

    // The background writes; the open panel shows it without a reload.
    await pressGlobalShortcut(under.browser.worker, 'tag-them-proprietary');
    await expect.poll(() => panel.moments.count(), POLL).toBe(4);
    await expect.poll(() => panel.moments.first().textContent(), POLL).toMatch(/ThemProprietary/);
    await expect.poll(() => badgeText(under.browser.worker), POLL).toBe('4');
    await panel.screenshot('03-live-tagged');

    await panel.page.keyboard.press('Control+z');
    await expect.poll(() => panel.moments.count(), POLL).toBe(3);
    await expect.poll(() => badgeText(under.browser.worker), POLL).toBe('3');

    // Close the panel and open it again: the call, its moments and its timer resume.
    await expect
      .poll(async () => seconds(await panel.timer.textContent()), POLL)
      .toBeGreaterThanOrEqual(3);
    const shownAtClose = seconds(await panel.timer.textContent());
    await panel.page.close();
    const reopened = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await reopened.endButton.waitFor();
    await expect.poll(() => reopened.moments.count(), POLL).toBe(3);
    // Counting on from the call's start, not from 0:00 again.
    expect(seconds(await reopened.timer.textContent())).toBeGreaterThanOrEqual(shownAtClose);

    await reopened.endButton.click();
    const review = new CallReviewPage(reopened.page);
    await expect.poll(() => review.timeline.count(), POLL).toBe(3);
    await expect.poll(() => badgeText(under.browser.worker), POLL).toBe('');
    expect(await review.timeline.first().textContent()).toContain('wants an intro to our CTO');
    await reopened.screenshot('04-call-page');
    expect(network).toEqual([]);
  });

  test('a shortcut pressed with no live call starts one, so nothing is lost', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startButton.waitFor();
    const result = await pressGlobalShortcut(under.browser.worker, 'tag-them-request');
    expect(result).toMatchObject({ status: 'tagged', startedCall: true });
    await panel.endButton.waitFor();
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
  });

  test('a shortcut tag whose write failed waits in the panel until it is saved', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startCall('Kept aside', 'Acme');
    await keepTagAsFailed(under.browser.worker, {
      id: 'shortcut-tag',
      side: 'them',
      kind: 'proprietary',
      pressedAt: Date.now(),
      error: 'Not saved: the browser says the disk is full. Free some space, then retry.',
    });
    const notice = panel.page.getByRole('region', { name: 'A tag was not saved' });
    await notice.waitFor();
    await panel.screenshot('12-unsaved-tag');
    await notice.getByRole('button', { name: /Save now/ }).click();
    await expect.poll(() => panel.moments.count(), POLL).toBe(1);
    await expect.poll(() => panel.moments.first().textContent(), POLL).toMatch(/ThemProprietary/);
    await notice.waitFor({ state: 'detached' });
  });

  test('a browser killed mid-call loses nothing: the live call and every moment come back', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startCall('Crash test', 'Bolt');
    for (const key of ['a', 'p', 'Shift+V', 'c']) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await pressGlobalShortcut(under.browser.worker, 'tag-me-value');
    await expect.poll(() => panel.moments.count(), POLL).toBe(5);

    await under.browser.crash();
    under.browser = await launchExtensionBrowser(under.profile);

    const again = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await again.endButton.waitFor();
    await expect.poll(() => again.moments.count(), POLL).toBe(5);
    expect(await again.page.getByRole('heading', { name: 'Crash test' }).isVisible()).toBe(true);
    await expect.poll(() => badgeText(under.browser.worker), POLL).toBe('5');
  });
});
