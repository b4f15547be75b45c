import { describe, expect, test } from 'vitest';
import { CallLifePage } from './pages/call-life-page';
import { PanelPage } from './pages/panel-page';
import { browserPerTest, POLL } from './support/browser-per-test';

const under = browserPerTest();

describe('a call’s whole life in real Chromium', () => {
  test('prep, tag, end, answer the outcome, correct a moment, answer an ask, export it all', async () => {
    const panel = await PanelPage.open(under.browser.context, under.browser.extensionId);
    const { page } = panel;
    await page.getByText('Prepare (optional)').click();
    await page.getByLabel('My goal for this call').fill('Agree a joint pilot');
    await page.getByLabel('What I bring').fill('Two retail intros');
    await page.getByLabel('What I need from them').fill('API access by March');
    await panel.startCall('Acme pilot talk', 'Acme');
    await expect
      .poll(() => page.getByText('Goal: Agree a joint pilot').isVisible(), POLL)
      .toBe(true);

    await page.keyboard.press('a');
    await panel.noteInput.fill('wants an intro to our CTO');
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+C');
    await panel.noteInput.fill('I send the deck');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.moments.count(), POLL).toBe(3);
    const openAsks = page.getByRole('region', { name: /Open asks/ });
    await expect.poll(() => openAsks.getByRole('listitem').count(), POLL).toBe(2);
    await panel.screenshot('07-live-prep-and-open-asks');

    await panel.endButton.click();
    const review = new CallLifePage(page);
    await review.answerOutcome('Partly', 'pilot yes, pricing open');
    await expect
      .poll(() => review.outcome.textContent(), POLL)
      .toContain('Partly reached the goal');

    // The "proprietary" tag was really an ordinary ask: correct it.
    await review.timelineEdit(/^Edit Them Proprietary/).click();
    await review.editor.getByLabel('Kind').selectOption({ label: 'Asked for something' });
    await review.editor.getByLabel('Note').fill('asked for our pricing sheet');
    await review.editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => review.editor.count(), POLL).toBe(0);

    const theyAsked = review.list(/What they asked of me/);
    await expect.poll(() => theyAsked.getByRole('listitem').count(), POLL).toBe(2);
    await theyAsked
      .getByRole('listitem')
      .filter({ hasText: 'wants an intro to our CTO' })
      .getByLabel(/State of/)
      .selectOption('answered');
    await expect
      .poll(() => theyAsked.locator('.state-answered').textContent(), POLL)
      .toContain('wants an intro to our CTO');
    await panel.screenshot('08-call-page-reviewed');

    const markdown = await review.exportMarkdown();
    for (const expected of [
      '# Acme pilot talk',
      'Acme',
      'Agree a joint pilot',
      'Two retail intros',
      'API access by March',
      'Partly',
      'pilot yes, pricing open',
      'wants an intro to our CTO',
      'Answered',
      'asked for our pricing sheet',
      'I send the deck',
    ]) {
      expect(markdown).toContain(expected);
    }
    expect(markdown).not.toContain('Proprietary');
  });
});
