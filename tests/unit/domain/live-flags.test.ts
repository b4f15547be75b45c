import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { liveFlags } from '../../../lib/domain/live-flags';
import type { Side } from '../../../lib/domain/model';
import { summarize, type SummaryMoment } from '../../../lib/domain/reciprocity';

type LiveMoment = SummaryMoment & { createdAt: number };
function m(
  id: string,
  side: Side,
  kind: string,
  offsetMs: number,
  createdAt = offsetMs,
): LiveMoment {
  return { id, side, kind, offsetMs, createdAt };
}

describe('liveFlags', () => {
  test('the flag the latest moment raised comes first, whichever side it is on', () => {
    const moments = [
      m('a', 'them', 'proprietary', 1_000),
      m('b', 'them', 'evasive', 2_000),
      m('c', 'me', 'overpromise', 3_000),
      m('d', 'them', 'dismissive', 4_000),
    ];
    const ids = liveFlags(summarize(moments).flags, moments).map((f) => `${f.side}:${f.id}`);
    expect(ids).toEqual([
      'them:dismissive',
      'me:overpromise',
      'them:evasive',
      'them:proprietary-without-return',
    ]);
  });

  test('moments at the same time in the call (the first seconds are all 0:00) go by when they were tagged', () => {
    const moments = [m('a', 'me', 'overpromise', 0, 30), m('b', 'them', 'evasive', 0, 20)];
    const ids = liveFlags(summarize(moments).flags, moments).map((f) => `${f.side}:${f.id}`);
    expect(ids).toEqual(['me:overpromise', 'them:evasive']);
  });

  test('leaves no-commitments for after the call and keeps every other flag', () => {
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        side: fc.constantFrom<Side>('them', 'me'),
        kind: fc.constantFrom('request', 'proprietary', 'value', 'evasive', 'overpromise'),
        offsetMs: fc.nat({ max: 100 }),
        createdAt: fc.nat({ max: 100 }),
      }),
      { selector: (x) => x.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (moments) => {
        const { flags } = summarize(moments);
        const live = liveFlags(flags, moments);
        expect(live.some((f) => f.id === 'no-commitments')).toBe(false);
        expect(live).toHaveLength(flags.filter((f) => f.id !== 'no-commitments').length);
        expect(new Set(live)).toEqual(new Set(flags.filter((f) => f.id !== 'no-commitments')));
      }),
    );
  });
});
