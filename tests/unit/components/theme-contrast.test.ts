import { describe, expect, test } from 'vitest';
import { VERDICTS } from '../../../lib/domain/model';
import { contrastRatio, THEMES, ThemeTokens } from '../support/theme-tokens';

// WCAG 2.x AA for normal-size text: the chips are 12 px, the notice 14 px.
const AA = 4.5;

const theme = new ThemeTokens();

describe('the contrast helper', () => {
  test('gives the known WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    // The pair issue 13 measured on the old “They got more” chip.
    expect(contrastRatio('#c2410c', '#f4ddd3')).toBeCloseTo(3.98, 2);
  });

  test('resolves light-dark() and var() per theme, and refuses what it cannot judge', () => {
    const t = new ThemeTokens(
      ':root { --a: light-dark(#fff, #000000); --b: var(--a); --c: color-mix(in srgb, red 10%, transparent); }',
    );
    expect(t.resolve('var(--b)', 'light')).toBe('#ffffff');
    expect(t.resolve('var(--b)', 'dark')).toBe('#000000');
    expect(() => t.resolve('var(--c)', 'light')).toThrow(/not an opaque hex colour/);
    expect(() => t.resolve('var(--missing)', 'light')).toThrow(/defines no --missing/);
  });
});

describe.each(THEMES)('the stylesheets in the %s theme', (mode) => {
  test.each(VERDICTS)('the “%s” verdict chip reads at WCAG AA', (verdict) => {
    const { text, background } = theme.pair(`.verdict-${verdict}`, mode);
    expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(AA);
  });

  test('“They got more” and “You got more” are not the same colour, nor are the one-sided pair', () => {
    const they = theme.pair('.verdict-they-took-more', mode);
    const you = theme.pair('.verdict-i-took-more', mode);
    expect(they.background).not.toBe(you.background);
    expect(they.text).not.toBe(you.text);
    const theyOnly = theme.pair('.verdict-one-sided-they-took', mode);
    const youOnly = theme.pair('.verdict-one-sided-i-took', mode);
    expect(theyOnly.background).not.toBe(youOnly.background);
  });

  test('the undo notice, its Undo button and its Dismiss button read at WCAG AA', () => {
    const notice = theme.pair('.undo-notice', mode);
    expect(contrastRatio(notice.text, notice.background)).toBeGreaterThanOrEqual(AA);
    const undo = theme.pair('.undo-button', mode);
    expect(
      contrastRatio(undo.text, undo.background),
      `${undo.text} on ${undo.background}`,
    ).toBeGreaterThanOrEqual(AA);
    // Dismiss is transparent: its icon sits on the notice itself.
    const dismiss = theme.resolve(theme.declared('.undo-notice .icon-button', 'color'), mode);
    expect(contrastRatio(dismiss, notice.background)).toBeGreaterThanOrEqual(AA);
    // The focus ring is drawn on the notice, so it is judged against the notice (3:1, 1.4.11).
    const ring = theme.resolve(
      theme.declared('.undo-notice :focus-visible', 'outline-color'),
      mode,
    );
    expect(contrastRatio(ring, notice.background)).toBeGreaterThanOrEqual(3);
  });
});
