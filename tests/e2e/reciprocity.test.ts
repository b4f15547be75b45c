import { describe, expect, test } from 'vitest';
import { CallReviewPage } from './pages/call-review-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

describe('the reciprocity verdict in real Chromium', () => {
  test('a one-sided call: the live meter tips, and after the call the flag points at the right moments', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await panel.startCall('The partner who only asks', 'Taker Inc');
    const meter = panel.page.getByRole('meter', { name: 'Balance' });
    await expect.poll(() => meter.getAttribute('aria-valuenow'), POLL).toBe('0');

    for (const key of ['a', 'a', 'p', 'Shift+V', 'Shift+V']) {
      await panel.page.keyboard.press(key);
      await panel.page.keyboard.press('Escape');
    }
    await expect.poll(() => panel.moments.count(), POLL).toBe(5);
    await expect.poll(() => meter.getAttribute('aria-valuenow'), POLL).toBe('-1');
    await expect
      .poll(
        () => panel.page.getByRole('region', { name: 'Reciprocity so far' }).textContent(),
        POLL,
      )
      .toContain('One-sided: they only took');
    await panel.screenshot('05-live-meter');

    await panel.endButton.click();
    const review = new CallReviewPage(panel.page);
    await expect.poll(() => review.verdict.textContent(), POLL).toBe('One-sided: they only took');
    const flag = review.flag('sought proprietary information');
    await flag.getByRole('button', { name: 'Show moments' }).click();
    await expect.poll(() => review.highlighted.count(), POLL).toBe(1);
    expect(await review.highlighted.first().textContent()).toContain('Proprietary');

    await review.flag('made 3 requests').getByRole('button', { name: 'Show moments' }).click();
    await expect.poll(() => review.highlighted.count(), POLL).toBe(3);
    const chart = panel.page.getByRole('img', { name: /Cumulative give and take/ });
    expect(await chart.isVisible()).toBe(true);
    // Chromium draws nothing for a path it cannot parse, and says so only by a zero length.
    const lineLengths = await chart
      .locator('path.series')
      .evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).getTotalLength()));
    expect(lineLengths).toHaveLength(4);
    for (const length of lineLengths) expect(length).toBeGreaterThan(0);
    await panel.screenshot('06-call-summary');
  });
});
