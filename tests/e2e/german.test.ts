import { describe, expect, test } from 'vitest';
import { browserPerTest, POLL } from './support/browser-per-test';

// Chromium started in German: the extension follows it without any setting, and the
// Settings page can switch it to English and back.
const under = browserPerTest({ lang: 'de' });

describe('the whole app in German', () => {
  test('a call tagged, ended and reviewed, History and Settings, all in German', async () => {
    const { context, extensionId } = under.browser;
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 380, height: 1400 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect.poll(() => panel.evaluate(() => document.documentElement.lang), POLL).toBe('de');

    await panel.getByLabel('Titel (optional)').fill('Pilot mit Acme');
    await panel.getByLabel('Partner (optional)').fill('Acme Robotics');
    await panel.getByRole('button', { name: 'Gespräch starten' }).click();
    const end = panel.getByRole('button', { name: 'Gespräch beenden' });
    await end.waitFor();
    const meter = panel.getByRole('meter', { name: 'Bilanz' });
    await expect
      .poll(() => meter.getAttribute('aria-valuetext'), POLL)
      .toContain('Noch nichts gegeben oder genommen');

    for (const key of ['a', 'a', 'p', 'Shift+V', 'Shift+V']) {
      await panel.keyboard.press(key);
      await panel.keyboard.press('Escape');
    }
    const moments = panel.getByRole('list', { name: 'Momente, neueste zuerst' });
    await expect.poll(() => moments.getByRole('listitem').count(), POLL).toBe(5);
    await expect
      .poll(() => panel.getByRole('region', { name: 'Gegenseitigkeit bisher' }).textContent(), POLL)
      .toContain('Einseitig: Gegenseite nahm nur');
    await panel.screenshot({ path: 'test-results/screenshots/de-live.png', fullPage: true });

    await end.click();
    const summary = panel.locator('.summary-card');
    await expect
      .poll(() => summary.locator('.verdict-chip').textContent(), POLL)
      .toBe('Einseitig: Gegenseite nahm nur');
    await expect
      .poll(() => summary.locator('.explanation').textContent(), POLL)
      .toBe(
        'Die Gegenseite gab 0 und nahm 4; Sie gaben 2 und nahmen 0. Die Gegenseite hat also nur genommen, während Sie gegeben haben.',
      );
    const flags = panel.getByRole('list', { name: 'Warnsignale' });
    await expect
      .poll(() => flags.textContent(), POLL)
      .toContain(
        'Die Gegenseite hat einmal nach vertraulichen Informationen gefragt und nichts zurückgegeben.',
      );
    await flags.getByRole('button', { name: 'Momente zeigen' }).first().click();
    await expect.poll(() => panel.locator('.timeline [data-highlighted]').count(), POLL).toBe(1);
    await panel.screenshot({ path: 'test-results/screenshots/de-call.png', fullPage: true });

    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/calls.html#/`);
    await page.getByRole('heading', { level: 1, name: 'Verlauf' }).waitFor();
    await expect.poll(() => page.title(), POLL).toBe('Verlauf — Reciprocity Coach');
    await expect
      .poll(() => page.getByRole('status').first().textContent(), POLL)
      .toBe('1 Gespräch');
    const row = page.getByRole('list', { name: 'Gespräche' }).getByRole('listitem');
    await expect.poll(() => row.textContent(), POLL).toContain('Gegenseite gab 0 · nahm 4');
    await page.getByLabel('Gespräche durchsuchen').fill('acme');
    await expect.poll(() => row.count(), POLL).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/de-history.png' });

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/de-settings.png', fullPage: true });
    const language = page.getByRole('combobox', { name: 'Sprache' });
    expect(await language.inputValue()).toBe('auto');
    await language.selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Every open view follows the setting: the panel speaks English now too.
    await expect
      .poll(() => panel.locator('.summary-card .verdict-chip').textContent(), POLL)
      .toBe('One-sided: they only took');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  });
});
