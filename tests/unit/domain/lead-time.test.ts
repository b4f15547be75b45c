import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_LEAD_TIME_MS, stampMoment } from '../../../lib/domain/lead-time';

describe('stampMoment', () => {
  test.each([
    // pressedAt, startedAt, lead, at, offset
    [10_000, 0, 5_000, 5_000, 5_000],
    [3_000, 0, 5_000, 0, 0],
    [1_000_000, 990_000, 5_000, 995_000, 5_000],
    [20_000, 0, 0, 20_000, 20_000],
    [20_000, 0, -4, 20_000, 20_000],
    [500_000, 0, 10 * MAX_LEAD_TIME_MS, 500_000 - MAX_LEAD_TIME_MS, 500_000 - MAX_LEAD_TIME_MS],
  ])('pressed %i, started %i, lead %i → at %i (+%i)', (pressed, started, lead, at, offset) => {
    expect(stampMoment(pressed, started, lead)).toEqual({ at, offsetMs: offset });
  });

  test('a moment is never before the call started nor after the key press', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2e12 }),
        fc.nat({ max: 1e8 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (startedAt, elapsed, lead) => {
          const pressedAt = startedAt + elapsed;
          const { at, offsetMs } = stampMoment(pressedAt, startedAt, lead);
          expect(at).toBeGreaterThanOrEqual(startedAt);
          expect(at).toBeLessThanOrEqual(pressedAt);
          expect(offsetMs).toBe(at - startedAt);
        },
      ),
    );
  });
});
