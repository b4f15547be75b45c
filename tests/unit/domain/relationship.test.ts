import { translateMessage } from '../../../lib/domain/i18n/translate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CallTally, Side, Verdict } from '../../../lib/domain/model';
import { relationshipLedger, type LedgerCall } from '../../../lib/domain/relationship';
import type { RelationshipTrend } from '../../../lib/domain/relationship-trend';
import { computeTally } from '../../../lib/domain/tally';

const HOUR = 3_600_000;
const KINDS = ['request', 'proprietary', 'value', 'offer-help', 'appreciation', 'commitment'];

let seq = 0;
function tallyOf(moments: ReadonlyArray<[Side, string, number?]>): CallTally {
  return computeTally(
    moments.flatMap(([side, kind, n = 1]) =>
      Array.from({ length: n }, () => {
        seq += 1;
        return { id: `m${seq}`, side, kind, offsetMs: seq, weight: 1 as const };
      }),
    ),
  );
}
function call(day: number, tally: CallTally, live = false): LedgerCall {
  seq += 1;
  const startedAt = Date.UTC(2025, 0, 1) + day * 24 * HOUR;
  return { id: `c${seq}`, startedAt, endedAt: live ? null : startedAt + HOUR, tally };
}

const TOOK = tallyOf([
  ['them', 'request', 4],
  ['them', 'proprietary'],
  ['me', 'value', 2],
]);
const GAVE = tallyOf([
  ['me', 'request', 4],
  ['them', 'value', 3],
  ['them', 'offer-help'],
]);
const EVEN = tallyOf([
  ['them', 'request', 2],
  ['them', 'value', 2],
  ['me', 'request', 2],
  ['me', 'value', 2],
]);
const THIN = tallyOf([['them', 'request']]);
const MILD = tallyOf([
  ['them', 'request', 3],
  ['them', 'value'],
  ['me', 'value'],
]);

describe('relationshipLedger: realistic partners', () => {
  test('no calls yet', () => {
    const ledger = relationshipLedger([]);
    expect(ledger).toMatchObject({ callCount: 0, judgedCount: 0, balance: 0, series: [] });
    expect(ledger.trend).toBe('too-little-data');
    expect(translateMessage('en', ledger.sentence)).toBe('No calls with them yet.');
  });

  test('a new partner with one call', () => {
    const ledger = relationshipLedger([call(0, TOOK)]);
    expect(ledger.trend).toBe('too-little-data');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'Too early to tell: only 1 call with enough moments.',
    );
  });

  test('calls with too few moments are never judged', () => {
    const ledger = relationshipLedger([call(0, THIN), call(1, THIN)]);
    expect(ledger).toMatchObject({ callCount: 2, judgedCount: 0, trend: 'too-little-data' });
    expect(translateMessage('en', ledger.sentence)).toBe(
      'Too early to tell: no call with enough moments yet.',
    );
  });

  test('the partner who only takes', () => {
    const calls = [call(0, EVEN), call(7, TOOK), call(14, TOOK), call(21, GAVE), call(28, TOOK)];
    calls.push(call(35, TOOK), call(42, THIN));
    const ledger = relationshipLedger(calls);
    expect(ledger.trend).toBe('they-take');
    expect(ledger.recent).toEqual({ count: 5, theyTookMore: 4, iTookMore: 1, balanced: 0 });
    expect(translateMessage('en', ledger.sentence)).toBe(
      'In 4 of the last 5 calls they got more out of the exchange than you did.',
    );
    expect(ledger.balance).toBeLessThan(0);
    expect(ledger.openAsks.them).toBe(4 * 5 + 2 + 1);
  });

  test('a good partner', () => {
    const calls = [call(0, TOOK), call(3, GAVE), call(9, GAVE), call(12, EVEN), call(20, GAVE)];
    const ledger = relationshipLedger(calls);
    expect(ledger.trend).toBe('they-give');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'In 3 of the last 5 calls you got more out of the exchange than they did.',
    );
  });

  test('a balanced partnership', () => {
    const ledger = relationshipLedger([call(0, EVEN), call(1, EVEN), call(2, EVEN), call(3, MILD)]);
    expect(MILD.verdict).toBe('they-took-more');
    expect(ledger.trend).toBe('balanced');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'Balanced: in 3 of the last 4 calls the exchange was about even.',
    );
  });

  test('one heavy take outweighs a majority of even calls', () => {
    const ledger = relationshipLedger([call(0, EVEN), call(1, EVEN), call(2, EVEN), call(3, TOOK)]);
    expect(ledger.recent).toEqual({ count: 4, theyTookMore: 1, iTookMore: 0, balanced: 3 });
    expect(ledger.recentExchange.balance).toBe(-0.25);
    expect(ledger.trend).toBe('they-take');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'They got more out of the last 4 calls: they gave 6 and took 12; you gave 8 and took 6.',
    );
  });

  test('the partner of the issue: mostly takes, by a wide margin, in a minority of calls', () => {
    // docs/relationship.md's worked example: two heavy takes, two even calls, one you won.
    const heavy = tallyOf([
      ['them', 'request', 5],
      ['them', 'proprietary'],
      ['them', 'appreciation'],
      ['me', 'value', 2],
    ]);
    const won = tallyOf([
      ['them', 'value', 2],
      ['them', 'offer-help'],
      ['them', 'appreciation'],
      ['them', 'request', 2],
      ['me', 'request', 3],
      ['me', 'value'],
    ]);
    expect([heavy.verdict, won.verdict]).toEqual(['they-took-more', 'i-took-more']);
    const ledger = relationshipLedger([
      call(0, heavy),
      call(7, EVEN),
      call(14, won),
      call(21, heavy),
      call(28, EVEN),
    ]);
    expect(ledger.recent).toEqual({ count: 5, theyTookMore: 2, iTookMore: 1, balanced: 2 });
    expect(ledger.give).toEqual({ them: 8.5, me: 9 });
    expect(ledger.take).toEqual({ them: 20, me: 7 });
    expect(ledger.balance).toBeCloseTo(-13.5 / 44.5, 12);
    // Counting calls alone said "Mixed: of the last 5 calls, they got more in 2, …".
    expect(ledger.trend).toBe('they-take');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'They got more out of the last 5 calls: they gave 8.5 and took 20; you gave 9 and took 7.',
    );
  });

  test('a mixed sentence names no zero count', () => {
    const ledger = relationshipLedger([call(0, TOOK), call(1, GAVE), call(2, TOOK), call(3, GAVE)]);
    expect(ledger.trend).toBe('mixed');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'Mixed: of the last 4 calls, they got more in 2 and you got more in 2.',
    );
  });

  test('takes lately, after a long generous history, read as mixed', () => {
    const generous = Array.from({ length: 10 }, (_, i) => call(i, GAVE));
    const ledger = relationshipLedger([
      ...generous,
      call(20, TOOK),
      call(21, TOOK),
      call(22, TOOK),
    ]);
    expect(ledger.balance).toBeGreaterThan(0);
    expect(ledger.trend).toBe('mixed');
    expect(translateMessage('en', ledger.sentence)).toBe(
      'Mixed: of the last 5 calls, they got more in 3 and you got more in 2, but across all calls the exchange is even or in your favour.',
    );
  });

  test('series is oldest first and marks the live call', () => {
    const [a, b, c] = [call(5, TOOK), call(1, EVEN), call(9, GAVE, true)];
    const ledger = relationshipLedger([a, b, c]);
    expect(ledger.series.map((p) => [p.callId, p.verdict, p.live])).toEqual([
      [b.id, 'balanced', false],
      [a.id, TOOK.verdict, false],
      [c.id, GAVE.verdict, true],
    ]);
  });

  test.each([
    [undefined, 5],
    [3, 3],
    [1, 2],
    [Number.NaN, 5],
    [7.9, 7],
  ])('recent: %s reads the last %i judged calls', (recent, expected) => {
    const calls = Array.from({ length: 9 }, (_, i) => call(i, EVEN));
    expect(relationshipLedger(calls, { recent }).recent.count).toBe(expected);
  });
});

const MIRROR_VERDICT: Record<Verdict, Verdict> = {
  balanced: 'balanced',
  'they-took-more': 'i-took-more',
  'one-sided-they-took': 'one-sided-i-took',
  'i-took-more': 'they-took-more',
  'one-sided-i-took': 'one-sided-they-took',
  'too-little-data': 'too-little-data',
};
const MIRROR_TREND: Record<RelationshipTrend, RelationshipTrend> = {
  'they-take': 'they-give',
  'they-give': 'they-take',
  balanced: 'balanced',
  mixed: 'mixed',
  'too-little-data': 'too-little-data',
};
/** Higher = better for them; too-little-data is not on the scale. */
const TREND_SCORE: Partial<Record<RelationshipTrend, number>> = {
  'they-take': -1,
  mixed: 0,
  balanced: 0,
  'they-give': 1,
};

function swapSides<T>(r: Record<Side, T>): Record<Side, T> {
  return { them: r.me, me: r.them };
}
function mirror(tally: CallTally): CallTally {
  return {
    counts: swapSides(tally.counts),
    give: swapSides(tally.give),
    take: swapSides(tally.take),
    balance: tally.balance === 0 ? 0 : -tally.balance,
    verdict: MIRROR_VERDICT[tally.verdict],
    total: tally.total,
    openAsks: swapSides(tally.openAsks),
    openCommitments: swapSides(tally.openCommitments),
  };
}

const tallyArb = fc
  .array(
    fc.record({
      side: fc.constantFrom<Side>('them', 'me'),
      kind: fc.constantFrom(...KINDS),
      weight: fc.constantFrom<1 | 2 | 3>(1, 1, 1, 2, 3),
      state: fc.constantFrom(undefined, 'answered' as const, 'done' as const),
    }),
    { maxLength: 14 },
  )
  .map((ms) => computeTally(ms.map((m, i) => ({ ...m, id: `m${i}`, offsetMs: i }))));

const callArb = fc.record({
  id: fc.uuid(),
  startedAt: fc.integer({ min: 0, max: 1_000 }),
  endedAt: fc.constantFrom<number | null>(null, 2_000),
  tally: tallyArb,
});
const callsArb = fc.uniqueArray(callArb, { selector: (c) => c.id, maxLength: 14 });
/** Calls of a partner who mostly asks: their requests and proprietary asks come up most. */
const takerTallyArb = fc
  .array(
    fc.record({
      side: fc.constantFrom<Side>('them', 'them', 'them', 'me'),
      kind: fc.constantFrom('request', 'request', 'proprietary', 'value', 'appreciation'),
      weight: fc.constantFrom<1 | 2 | 3>(1, 1, 2, 3),
    }),
    { minLength: 3, maxLength: 12 },
  )
  .map((ms) => computeTally(ms.map((m, i) => ({ ...m, id: `m${i}`, offsetMs: i }))));
const takerCallsArb = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    startedAt: fc.integer({ min: 0, max: 1_000 }),
    endedAt: fc.constant(2_000),
    tally: fc.oneof(takerTallyArb, tallyArb),
  }),
  { selector: (c) => c.id, minLength: 2, maxLength: 8 },
);
const recentArb = fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined });

function sum(calls: readonly LedgerCall[], pick: (t: CallTally) => number): number {
  return calls.reduce((total, c) => total + pick(c.tally), 0);
}

describe('relationshipLedger: properties', () => {
  test('the order of calls never changes the result', () => {
    fc.assert(
      fc.property(callsArb, recentArb, fc.infiniteStream(fc.nat()), (calls, recent, keys) => {
        const shuffled = calls
          .map((c) => ({ c, key: keys.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ c }) => c);
        expect(relationshipLedger(shuffled, { recent })).toEqual(
          relationshipLedger(calls, { recent }),
        );
      }),
    );
  });

  test('cumulative figures are the sums of the calls’ tallies', () => {
    fc.assert(
      fc.property(callsArb, (calls) => {
        const ledger = relationshipLedger(calls);
        for (const side of ['them', 'me'] as const) {
          expect(ledger.give[side]).toBeCloseTo(
            sum(calls, (t) => t.give[side]),
            9,
          );
          expect(ledger.take[side]).toBeCloseTo(
            sum(calls, (t) => t.take[side]),
            9,
          );
          expect(ledger.openAsks[side]).toBe(sum(calls, (t) => t.openAsks[side]));
          expect(ledger.openCommitments[side]).toBe(sum(calls, (t) => t.openCommitments[side]));
        }
        expect(ledger.callCount).toBe(calls.length);
        expect(ledger.judgedCount).toBe(
          calls.filter((c) => c.tally.verdict !== 'too-little-data').length,
        );
        expect(ledger.series.map((p) => p.startedAt)).toEqual(
          calls.map((c) => c.startedAt).sort((a, b) => a - b),
        );
      }),
    );
  });

  test('balance lies in [−1, 1]', () => {
    fc.assert(
      fc.property(callsArb, (calls) => {
        const { balance } = relationshipLedger(calls);
        expect(balance).toBeGreaterThanOrEqual(-1);
        expect(balance).toBeLessThanOrEqual(1);
      }),
    );
  });

  test('swapping sides mirrors the trend and negates the balance', () => {
    fc.assert(
      fc.property(callsArb, recentArb, (calls, recent) => {
        const ledger = relationshipLedger(calls, { recent });
        const mirrored = relationshipLedger(
          calls.map((c) => ({ ...c, tally: mirror(c.tally) })),
          { recent },
        );
        expect(mirrored.trend).toBe(MIRROR_TREND[ledger.trend]);
        expect(mirrored.balance).toBe(ledger.balance === 0 ? 0 : -ledger.balance);
        expect(mirrored.give).toEqual(swapSides(ledger.give));
        expect(mirrored.recent).toEqual({
          ...ledger.recent,
          theyTookMore: ledger.recent.iTookMore,
          iTookMore: ledger.recent.theyTookMore,
        });
      }),
    );
  });

  test('the recent window never exceeds its size nor the judged calls', () => {
    fc.assert(
      fc.property(callsArb, fc.integer({ min: 2, max: 8 }), (calls, recent) => {
        const ledger = relationshipLedger(calls, { recent });
        const { count, theyTookMore, iTookMore, balanced } = ledger.recent;
        expect(count).toBeLessThanOrEqual(recent);
        expect(count).toBeLessThanOrEqual(ledger.judgedCount);
        expect(theyTookMore + iTookMore + balanced).toBe(count);
      }),
    );
  });

  test('the numbers in the sentence are the recent counts, or the recent points', () => {
    fc.assert(
      fc.property(callsArb, recentArb, (calls, recent) => {
        const ledger = relationshipLedger(calls, { recent });
        const r = ledger.recent;
        const { give, take } = ledger.recentExchange;
        const points = [give.them, take.them, give.me, take.me];
        const byCount = (k: number) => (k * 2 > r.count ? [k, r.count] : [r.count, ...points]);
        const expected: Record<RelationshipTrend, number[]> = {
          'too-little-data': ledger.judgedCount === 0 ? [] : [ledger.judgedCount],
          'they-take': byCount(r.theyTookMore),
          'they-give': byCount(r.iTookMore),
          balanced: [r.balanced, r.count],
          // Zero counts are left out: "you got more in 0" says nothing.
          mixed: [r.count, r.theyTookMore, r.iTookMore, r.balanced].filter((n) => n > 0),
        };
        const numbers = (translateMessage('en', ledger.sentence).match(/\d+(\.\d+)?/g) ?? []).map(
          Number,
        );
        expect(numbers).toEqual(ledger.callCount === 0 ? [] : expected[ledger.trend]);
        expect(translateMessage('en', ledger.sentence)).not.toMatch(/\b0 (were|was)\b|\bin 0\b/);
      }),
    );
  });

  test('recent calls whose points lean their way beyond the band, with a cumulative balance that agrees, always read as they-take', () => {
    fc.assert(
      fc.property(takerCallsArb, recentArb, (calls, recent) => {
        const ledger = relationshipLedger(calls, { recent });
        fc.pre(ledger.judgedCount >= 2);
        if (ledger.recentExchange.balance < -0.2 && ledger.balance < 0) {
          expect(ledger.trend).toBe('they-take');
        }
        // Mirrored: their giving by a wide margin is never balanced or mixed either.
        const mirrored = relationshipLedger(
          calls.map((c) => ({ ...c, tally: mirror(c.tally) })),
          { recent },
        );
        if (ledger.recentExchange.balance < -0.2 && ledger.balance < 0) {
          expect(mirrored.trend).toBe('they-give');
        }
      }),
    );
  });

  test('a partner whose take exceeds their give by a wide margin is never called balanced or mixed, while every call is recent', () => {
    fc.assert(
      fc.property(takerCallsArb, (calls) => {
        const judged = calls.filter((c) => c.tally.verdict !== 'too-little-data');
        const ledger = relationshipLedger(judged);
        fc.pre(judged.length >= 2 && judged.length <= 5 && ledger.balance < -0.2);
        expect(ledger.recentExchange.balance).toBe(ledger.balance);
        expect(ledger.trend).toBe('they-take');
      }),
    );
  });

  test('while the judged calls fit the recent window, adding one where they took more never moves the trend toward they-give', () => {
    const tookMoreArb = tallyArb.filter((t) => t.verdict === 'they-took-more');
    const oneSidedArb = tallyArb.filter((t) => t.verdict === 'one-sided-they-took');
    fc.assert(
      fc.property(
        callsArb,
        callArb,
        fc.oneof(tookMoreArb, oneSidedArb),
        fc.integer({ min: 2, max: 8 }),
        (calls, extra, took, recent) => {
          fc.pre(!calls.some((c) => c.id === extra.id));
          const ledger = relationshipLedger(calls, { recent });
          // The first trend (out of too-little-data) can be any: one judged call before it.
          fc.pre(ledger.judgedCount >= 2 && ledger.judgedCount < recent);
          const before = ledger.trend;
          const after = relationshipLedger([...calls, { ...extra, tally: took }], { recent }).trend;
          if (after === 'they-give') expect(before).toBe('they-give');
          // A take beyond the band (not a narrowly one-sided call) never softens the trend.
          const [b, a] = [TREND_SCORE[before], TREND_SCORE[after]];
          if (took.verdict === 'they-took-more' && a !== undefined && b !== undefined) {
            expect(a).toBeLessThanOrEqual(b);
          }
        },
      ),
    );
  });
});
