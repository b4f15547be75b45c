import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  NEW_TRACKER,
  NOT_RECOGNISED_AFTER_MS,
  observeCapture,
  type CaptureHealth,
  type CaptureObservation,
} from '../../../lib/domain/captions/capture-health';

const look = (at: number, seen: Partial<CaptureObservation> = {}): CaptureObservation => ({
  at,
  inCall: true,
  captionsOff: null,
  regionFound: true,
  regionChangedAt: at,
  speaking: null,
  speakers: 1,
  ...seen,
});

function healthAfter(looks: readonly CaptureObservation[]): CaptureHealth {
  let tracker = NEW_TRACKER;
  let health: CaptureHealth = { state: 'no-meeting' };
  for (const seen of looks) ({ tracker, health } = observeCapture(tracker, seen));
  return health;
}

describe('observeCapture', () => {
  test('reading, with the number of speakers', () => {
    expect(healthAfter([look(0, { speakers: 2 })])).toEqual({ state: 'reading', speakers: 2 });
  });

  test('no meeting, and captions switched off in the meeting, are said as such', () => {
    expect(healthAfter([look(0, { inCall: false })])).toEqual({ state: 'no-meeting' });
    expect(healthAfter([look(0, { captionsOff: true, regionFound: false })])).toEqual({
      state: 'captions-off',
    });
  });

  test('no caption region in a running call: waiting, then not recognised after 20 s', () => {
    const missing = { regionFound: false, regionChangedAt: null };
    expect(healthAfter([look(0, missing), look(19_999, missing)])).toEqual({ state: 'waiting' });
    expect(healthAfter([look(0, missing), look(NOT_RECOGNISED_AFTER_MS, missing)])).toEqual({
      state: 'not-recognised',
      reason: 'no-region',
    });
    // Found again: reading at once, and the 20 s start again the next time it goes.
    expect(
      healthAfter([look(0, missing), look(25_000), look(26_000, missing), look(30_000, missing)]),
    ).toEqual({ state: 'waiting' });
  });

  test('the region changing for 20 s with nothing read from it: not recognised (unparsed)', () => {
    const unread = (at: number, since: number) =>
      look(at, { regionChangedAt: 1_000, unreadChanges: { since, latest: at } });
    expect(healthAfter([unread(5_000, 2_000), unread(15_000, 2_000)]).state).toBe('reading');
    expect(healthAfter([unread(22_000, 2_000)])).toEqual({
      state: 'not-recognised',
      reason: 'unparsed',
    });
    // Read again: the span is gone, and so is the alarm.
    expect(healthAfter([unread(22_000, 2_000), look(23_000, { unreadChanges: null })])).toEqual({
      state: 'reading',
      speakers: 1,
    });
  });

  test('speech the region has not followed for 20 s: not recognised (stalled)', () => {
    const stalled = (at: number) => look(at, { speaking: true, regionChangedAt: 1_000 });
    expect(healthAfter([stalled(0), stalled(10_000)]).state).toBe('reading');
    expect(healthAfter([stalled(0), stalled(21_000)])).toEqual({
      state: 'not-recognised',
      reason: 'stalled',
    });
    // Silence in between starts the count again: a quiet room is no failure.
    expect(
      healthAfter([stalled(0), look(15_000, { speaking: false }), stalled(30_000)]).state,
    ).toBe('reading');
  });

  test('property: in a call whose region keeps up with the speech, never "not recognised"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60_000 }), speaking: fc.boolean() })),
        (steps) => {
          let at = 0;
          const looks = steps.map(({ gap, speaking }) => look((at += gap), { speaking }));
          return healthAfter(looks).state === 'reading' || looks.length === 0;
        },
      ),
    );
  });
});
