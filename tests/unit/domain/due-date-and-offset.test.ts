import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dateInputFromDueAt,
  dueAtFromDateInput,
  isSaneDueDate,
} from '../../../lib/domain/due-date';
import { formatOffset, parseOffset } from '../../../lib/domain/format-time';

describe('typed times and due dates', () => {
  test.each([
    ['1:05', 65_000],
    ['0:00', 0],
    ['1:02:05', 3_725_000],
    ['12', 720_000],
    [' 3:07 ', 187_000],
    ['1:75', undefined],
    ['1:60:00', undefined],
    ['abc', undefined],
    ['', undefined],
    ['-1:00', undefined],
  ])('parseOffset(%j) = %s', (text, expected) => {
    expect(parseOffset(text)).toBe(expected);
  });

  test('property: a formatted offset parses back to the same whole second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 3_600_000 }), (ms) => {
        expect(parseOffset(formatOffset(ms))).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });

  test('a due date is the end of that local day and reads back as the same day', () => {
    const dueAt = dueAtFromDateInput('2026-11-23');
    expect(dueAt).toBeDefined();
    const date = new Date(dueAt ?? 0);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 10, 23, 23,
    ]);
    expect(dateInputFromDueAt(dueAt ?? 0)).toBe('2026-11-23');
    expect(dueAtFromDateInput('2026-02-30')).toBeUndefined();
    expect(dueAtFromDateInput('soon')).toBeUndefined();
  });
});

describe('isSaneDueDate', () => {
  const now = Date.UTC(2026, 11, 1);
  test.each([
    ['0002-12-04', false],
    ['0202-12-04', false],
    ['1999-12-31', false],
    ['2000-01-01', true],
    ['2026-12-04', true],
    ['2126-11-29', true],
    ['2126-12-02', false],
    ['9999-12-31', false],
  ])('%s → %s', (value, sane) => {
    const dueAt = dueAtFromDateInput(value);
    expect(dueAt).toBeDefined();
    expect(isSaneDueDate(dueAt ?? 0, now)).toBe(sane);
  });

  test('a stored due date that is no date shows as an empty field', () => {
    expect(dateInputFromDueAt(-1e300)).toBe('');
  });
});
