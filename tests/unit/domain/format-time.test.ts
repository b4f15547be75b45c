import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultCallTitle } from '../../../lib/domain/call-title';
import {
  formatCallDayTime,
  formatCallStart,
  formatDay,
  formatDuration,
  formatOffset,
} from '../../../lib/domain/format-time';

describe('formatOffset', () => {
  test.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
  ])('%i → %s', (ms, text) => expect(formatOffset(ms)).toBe(text));
});

describe('formatDuration', () => {
  test.each([
    [40_000, '40 s'],
    [12 * 60_000, '12 min'],
    [60 * 60_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
  ])('%i → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('formatDay', () => {
  const now = Date.UTC(2026, 10, 23, 12);
  test('names the year only when it is not the current one', () => {
    const thisYear = formatDay(Date.UTC(2026, 0, 18, 12), now);
    const earlier = formatDay(Date.UTC(2022, 0, 18, 12), now);
    expect(thisYear).toMatch(/18/);
    expect(thisYear).not.toMatch(/2026/);
    expect(earlier).toMatch(/18/);
    expect(earlier).toMatch(/2022/);
  });
});

describe('formatCallStart: one way to write a call’s time', () => {
  const twoPm = Date.UTC(2026, 0, 5, 14, 0);
  const nineAm = Date.UTC(2026, 0, 5, 9, 5);
  test.each([
    ['time', twoPm, '2:00 PM'],
    ['time', nineAm, '9:05 AM'],
    ['medium', twoPm, 'Jan 5, 2026, 2:00 PM'],
    ['full', twoPm, 'Monday, January 5, 2026 at 2:00 PM'],
  ] as const)('%s of %i in en-US → %s', (style, ms, text) =>
    expect(formatCallStart(ms, style, 'en-US')).toBe(text),
  );

  test('the hour is never padded where the locale does not pad it', () => {
    expect(formatCallStart(nineAm, 'medium', 'en-US')).not.toContain('09');
    expect(formatCallDayTime(nineAm, twoPm)).toBe('Jan 5, 9:05 AM');
    expect(defaultCallTitle(nineAm, 'en-US')).toBe('Call, Mon, Jan 5, 9:05 AM');
  });

  test('every style, in every locale, writes the time exactly as the time alone does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'),
        fc.constantFrom('medium' as const, 'full' as const),
        (ms, locale, style) => {
          expect(formatCallStart(ms, style, locale)).toContain(formatCallStart(ms, 'time', locale));
          expect(defaultCallTitle(ms, locale)).toContain(formatCallStart(ms, 'time', locale));
        },
      ),
    );
  });
});
