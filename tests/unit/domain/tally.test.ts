import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Side } from '../../../lib/domain/model';
import { summarize } from '../../../lib/domain/reciprocity';
import { computeTally } from '../../../lib/domain/tally';

describe('computeTally', () => {
  test('counts per side and kind, with the summary’s verdict', () => {
    const tally = computeTally([
      { id: '1', side: 'them', kind: 'request', offsetMs: 0, weight: 1 },
      { id: '2', side: 'them', kind: 'request', offsetMs: 1, weight: 2 },
      { id: '3', side: 'me', kind: 'value', offsetMs: 2, weight: 1 },
    ]);
    expect(tally.counts).toEqual({ them: { request: 2 }, me: { value: 1 } });
    expect(tally.total).toBe(3);
    expect(tally.take.them).toBe(3);
    expect(tally.verdict).toBe('they-took-more');
  });

  test('counts add up to the number of moments and agree with summarize', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        side: fc.constantFrom<Side>('them', 'me'),
        kind: fc.constantFrom('request', 'value', 'note', 'commitment'),
        offsetMs: fc.nat(),
        weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      }),
    );
    fc.assert(
      fc.property(arb, (moments) => {
        const tally = computeTally(moments);
        const sum = [...Object.values(tally.counts.them), ...Object.values(tally.counts.me)].reduce(
          (a, b) => a + b,
          0,
        );
        expect(sum).toBe(moments.length);
        expect(tally.verdict).toBe(summarize(moments).verdict);
      }),
    );
  });
});
