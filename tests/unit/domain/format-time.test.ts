import { describe, expect, test } from 'vitest';
import { formatDay, formatDuration, formatOffset } from '../../../lib/domain/format-time';

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
