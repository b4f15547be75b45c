import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AFTER_LAST_MOMENT_MS,
  checkCallEnd,
  dateTimeInputValue,
  defaultReEnd,
  earliestEndMinute,
  parseDateTimeInput,
  RESUMED_WITHIN_MS,
} from '../../../lib/domain/call-end';

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = Date.UTC(2026, 11, 3, 14, 0);

describe('ending a reopened call again', () => {
  test.each([
    // [what, previous end, last moment, now, expected]
    ['a day later: the first end, not 14 hours', 40 * MIN, 30 * MIN, 24 * HOUR, 40 * MIN],
    ['a day later, tagged after the first end', 40 * MIN, 50 * MIN, 24 * HOUR, 51 * MIN],
    ['a day later, no moments', 40 * MIN, null, 24 * HOUR, 40 * MIN],
    ['picked up again at once and still going', 40 * MIN, 30 * MIN, 55 * MIN, 55 * MIN],
    ['tagged recently after reopening', 40 * MIN, 90 * MIN, 100 * MIN, 100 * MIN],
    [
      'just past the resumed window',
      40 * MIN,
      30 * MIN,
      40 * MIN + RESUMED_WITHIN_MS + 1,
      40 * MIN,
    ],
  ])('%s', (_, previousEnd, lastMoment, now, expected) => {
    expect(
      defaultReEnd({
        startedAt: start,
        previousEnd: start + previousEnd,
        lastMomentAt: lastMoment === null ? null : start + lastMoment,
        now: start + now,
      }),
    ).toBe(start + expected);
  });

  test('property: the default end is a valid end (after the start, not future, not before the last moment)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 48 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 48 * HOUR })),
        fc.integer({ min: 0, max: 72 * HOUR }),
        (previousEnd, lastMoment, after) => {
          const lastMomentAt = lastMoment === null ? null : start + lastMoment;
          const now = Math.max(start + previousEnd, lastMomentAt ?? 0) + after;
          const end = defaultReEnd({
            startedAt: start,
            previousEnd: start + previousEnd,
            lastMomentAt,
            now,
          });
          expect(end).toBeGreaterThanOrEqual(start + previousEnd);
          expect(end).toBeLessThanOrEqual(now);
          if (lastMomentAt !== null) expect(end).toBeGreaterThanOrEqual(lastMomentAt);
          // Never more than a little past the last activity unless the call is still going.
          const lastActivity = Math.max(start + previousEnd, lastMomentAt ?? start);
          if (now - lastActivity > RESUMED_WITHIN_MS) {
            expect(end).toBeLessThanOrEqual(lastActivity + AFTER_LAST_MOMENT_MS);
          }
        },
      ),
    );
  });
});

describe('checking an end time the user chose', () => {
  const times = {
    startedAt: start,
    lastMomentAt: start + 30 * MIN + 30_000,
    now: start + 2 * HOUR,
  };

  test.each([
    ['before the start', start - MIN, /must be after the start/],
    ['at the start', start, /must be after the start/],
    ['in the future', start + 3 * HOUR, /cannot be in the future/],
    [
      'before the last moment',
      start + 30 * MIN,
      /cannot be before the last moment .*: end at .* or later/,
    ],
    ['not a time', Number.NaN, /Enter the end as a date and time/],
  ])('refused %s, saying why', (_, endedAt, message) => {
    const check = checkCallEnd(endedAt, times);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  test.each([
    ['after the last moment', start + 31 * MIN, start + 31 * MIN],
    ['now', start + 2 * HOUR, start + 2 * HOUR],
    ['within the minute not yet over: now', start + 2 * HOUR + 30_000, start + 2 * HOUR],
  ])('accepted %s', (_, endedAt, stored) => {
    expect(checkCallEnd(endedAt, times)).toEqual({ ok: true, endedAt: stored });
  });

  test('a call without moments may end any time after its start', () => {
    expect(checkCallEnd(start + 1, { ...times, lastMomentAt: null })).toEqual({
      ok: true,
      endedAt: start + 1,
    });
  });

  test('property: whatever is accepted is after the start, not future, not before the last moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -HOUR, max: 4 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 2 * HOUR })),
        (offset, lastMoment) => {
          const lastMomentAt = lastMoment === null ? null : start + lastMoment;
          const check = checkCallEnd(start + offset, { ...times, lastMomentAt });
          if (!check.ok) return;
          expect(check.endedAt).toBeGreaterThan(start);
          expect(check.endedAt).toBeLessThanOrEqual(times.now);
          if (lastMomentAt !== null) expect(check.endedAt).toBeGreaterThanOrEqual(lastMomentAt);
        },
      ),
    );
  });
});

describe('the end field', () => {
  test.each(['2026-01-01T10:30:99', '2026-01-01T10:60', '2026-02-30T10:00', '2026-13-01T10:00'])(
    '%s is no date',
    (value) => {
      expect(parseDateTimeInput(value)).toBeNaN();
    },
  );

  test('a year before 100 is that year, not 19xx', () => {
    expect(new Date(parseDateTimeInput('0026-03-01T10:00')).getFullYear()).toBe(26);
  });

  test('property: the earliest minute it offers is an end the check accepts, and no earlier one is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), (startedAt) => {
        const now = startedAt + 10 * 60_000;
        const first = earliestEndMinute(startedAt);
        expect(checkCallEnd(first, { startedAt, lastMomentAt: null, now }).ok).toBe(true);
        expect(checkCallEnd(first - 60_000, { startedAt, lastMomentAt: null, now }).ok).toBe(false);
      }),
    );
  });

  test('property: a time written to the field reads back as the same minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const read = parseDateTimeInput(dateTimeInputValue(ms));
        // A DST fold makes one wall-clock minute two instants; either is the same wall time.
        expect(dateTimeInputValue(read)).toBe(dateTimeInputValue(ms));
      }),
    );
  });

  test.each(['', '2026-12-03', '2026-13-03T10:00', '2026-02-30T10:00', 'tomorrow'])(
    '%j is not a time',
    (value) => {
      expect(parseDateTimeInput(value)).toBeNaN();
    },
  );
});
