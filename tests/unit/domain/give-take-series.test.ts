import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { giveTakeSeries } from '../../../lib/domain/give-take-series';
import type { Side } from '../../../lib/domain/model';
import { summarize } from '../../../lib/domain/reciprocity';

describe('giveTakeSeries', () => {
  test('starts at zero and steps at each give or take, in time order', () => {
    const series = giveTakeSeries([
      { id: 'b', side: 'me', kind: 'value', offsetMs: 20_000 },
      { id: 'a', side: 'them', kind: 'proprietary', offsetMs: 10_000, weight: 2 },
      { id: 'c', side: 'them', kind: 'note', offsetMs: 30_000 },
    ]);
    expect(series).toEqual([
      { offsetMs: 0, give: { them: 0, me: 0 }, take: { them: 0, me: 0 } },
      { offsetMs: 10_000, give: { them: 0, me: 0 }, take: { them: 4, me: 0 } },
      { offsetMs: 20_000, give: { them: 0, me: 1 }, take: { them: 4, me: 0 } },
    ]);
  });

  test('never decreases, and ends where the summary’s totals are', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        side: fc.constantFrom<Side>('them', 'me'),
        kind: fc.constantFrom('request', 'proprietary', 'value', 'appreciation', 'note'),
        offsetMs: fc.nat({ max: 1e7 }),
        weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      }),
    );
    fc.assert(
      fc.property(arb, (moments) => {
        const series = giveTakeSeries(moments);
        for (const [i, b] of series.entries()) {
          const a = series[i - 1];
          if (!a) continue;
          expect(b.offsetMs).toBeGreaterThanOrEqual(a.offsetMs);
          for (const side of ['them', 'me'] as const) {
            expect(b.give[side]).toBeGreaterThanOrEqual(a.give[side]);
            expect(b.take[side]).toBeGreaterThanOrEqual(a.take[side]);
          }
        }
        const end = series.at(-1);
        if (!end) throw new Error('a series always has its starting point');
        const summary = summarize(moments);
        expect(end.give.them).toBeCloseTo(summary.give.them);
        expect(end.take.me).toBeCloseTo(summary.take.me);
      }),
    );
  });
});
