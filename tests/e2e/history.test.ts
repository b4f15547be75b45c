import { describe, expect, test } from 'vitest';
import { HistoryPage } from './pages/history-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';
import { calendarIndicatorImages } from './support/calendar-indicators';

const under = browserPerTest();

async function tagCall(
  panel: PanelPage,
  title: string,
  partner: string,
  keys: string[],
  note?: string,
) {
  await panel.startCall(title, partner);
  for (const [i, key] of keys.entries()) {
    await panel.page.keyboard.press(key);
    if (i === 0 && note) {
      await panel.noteInput.fill(note);
      await panel.page.keyboard.press('Enter');
    } else {
      await panel.page.keyboard.press('Escape');
    }
  }
  await expect.poll(() => panel.moments.count(), POLL).toBe(keys.length);
  await panel.endButton.click();
  await panel.page.getByRole('button', { name: 'Back' }).click();
  await panel.startButton.waitFor();
}

describe('history and partners in real Chromium', () => {
  test('find a call by a word in a note, open its partner from the row, list every partner, and see the brief before the next call', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    await tagCall(
      panel,
      'Acme kickoff',
      'Acme',
      ['a', 'a', 'p', 'Shift+V'],
      'wants our Kubernetes playbook',
    );
    await tagCall(panel, 'Acme follow-up', 'Acme', ['a', 'p', 'a', 'Shift+V']);
    await tagCall(panel, 'Globex intro', 'Globex', ['v', 'Shift+V', 'a']);

    const history = await HistoryPage.open(under.browser.context, under.browser.extensionId);
    await expect.poll(() => history.count.textContent(), POLL).toBe('3 calls');
    await expect.poll(() => history.rows.first().textContent(), POLL).toContain('Globex intro');
    await history.screenshot('09-history');
    // The date filters draw their calendar icon inline: Chromium's own is an SVG image that
    // costs the first screen a whole SVG document (see DateInput).
    expect(await calendarIndicatorImages(history.page)).toEqual(['none', 'none']);
    expect(await history.page.locator('.date-input-icon').first().isVisible()).toBe(true);

    await history.search.fill('kube');
    await expect.poll(() => history.count.textContent(), POLL).toBe('1 call');
    await expect.poll(() => history.rows.first().textContent(), POLL).toContain('Acme kickoff');
    expect(history.page.url()).toContain('#/?q=kube');
    // The view lives in the URL: a reload shows the same results.
    await history.page.reload();
    await expect.poll(() => history.count.textContent(), POLL).toBe('1 call');

    // The partner's name in a row is a link of its own, beside the row's link to the call.
    const row = history.rows.first();
    // The count and the rows are two reads: after a reload the row may be drawn a moment later.
    await expect.poll(() => row.getByRole('link').count(), POLL).toBe(2);
    expect(await row.locator('a a').count()).toBe(0);
    await row.getByRole('link', { name: 'Acme', exact: true }).click();
    await expect
      .poll(() => history.page.getByRole('heading', { level: 1 }).textContent(), POLL)
      .toBe('Acme');
    await expect
      .poll(() => history.page.locator('.ledger-sentence').textContent(), POLL)
      .toBe('In 2 of the last 2 calls they got more out of the exchange than you did.');
    await expect
      .poll(
        () => history.page.getByRole('img', { name: /^Balance per call, 2 calls/ }).isVisible(),
        POLL,
      )
      .toBe(true);
    await history.screenshot('10-partner-page');

    // Back on the history, the row's title opens the call; then every partner in one list.
    await history.page.goBack();
    await history.rows.first().getByRole('link', { name: 'Acme kickoff' }).click();
    await expect
      .poll(() => history.page.getByRole('heading', { level: 1 }).textContent(), POLL)
      .toBe('Acme kickoff');
    await history.page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
    const partners = history.page.getByRole('table', { name: 'Partners' });
    await expect
      .poll(() => partners.getByRole('rowheader').allTextContents(), POLL)
      .toEqual(['Globex', 'Acme']);
    await history.page.getByLabel('Sort').selectOption('took');
    await expect
      .poll(() => partners.getByRole('rowheader').allTextContents(), POLL)
      .toEqual(['Acme', 'Globex']);
    expect(history.page.url()).toContain('#/partners?sort=took');
    await expect
      .poll(() => partners.getByRole('row', { name: /^Acme/ }).textContent(), POLL)
      .toContain('They take');
    await history.screenshot('12-partners');
    await history.page.emulateMedia({ colorScheme: 'dark' });
    await history.screenshot('12-partners-dark');
    await history.page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
    await expect.poll(() => history.count.textContent(), POLL).toBe('3 calls');
    await history.screenshot('09-history-dark');
    await history.page.emulateMedia({ colorScheme: 'light' });
    await partners.waitFor({ state: 'detached' });
    await history.page.goBack();
    await history.page.getByLabel('Search partners').fill('glo');
    await expect
      .poll(() => partners.getByRole('rowheader').allTextContents(), POLL)
      .toEqual(['Globex']);
    await partners.getByRole('link', { name: 'Globex' }).click();
    await expect
      .poll(() => history.page.getByRole('heading', { level: 1 }).textContent(), POLL)
      .toBe('Globex');

    await panel.startCall('Acme quarterly', 'Acme');
    const brief = panel.page.locator('.pre-call-brief');
    await expect.poll(() => brief.textContent(), POLL).toContain('In 2 of the last 2 calls');
    await expect.poll(() => brief.textContent(), POLL).toContain('wants our Kubernetes playbook');
    await panel.screenshot('11-pre-call-brief');
  });
});
