import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Side, Verdict } from '../../../lib/domain/model';
import { summarize, type SummaryMoment } from '../../../lib/domain/reciprocity';

let seq = 0;
function m(side: Side, kind: string, weight: 1 | 2 | 3 = 1, offsetMs = seq * 1000): SummaryMoment {
  seq += 1;
  return { id: `m${seq}`, side, kind, offsetMs, weight };
}
function many(n: number, side: Side, kind: string): SummaryMoment[] {
  return Array.from({ length: n }, () => m(side, kind));
}

const KINDS = [
  'request',
  'proprietary',
  'value',
  'offer-help',
  'appreciation',
  'commitment',
  'overpromise',
  'evasive',
  'dismissive',
  'note',
  'custom-kind',
];

const momentArb = fc.record({
  id: fc.uuid(),
  side: fc.constantFrom<Side>('them', 'me'),
  kind: fc.constantFrom(...KINDS),
  offsetMs: fc.nat({ max: 3_600_000 }),
  weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
});
const momentsArb = fc.uniqueArray(momentArb, { selector: (x) => x.id, maxLength: 60 });

const MIRROR: Record<Verdict, Verdict> = {
  balanced: 'balanced',
  'they-took-more': 'i-took-more',
  'one-sided-they-took': 'one-sided-i-took',
  'i-took-more': 'they-took-more',
  'one-sided-i-took': 'one-sided-they-took',
  'too-little-data': 'too-little-data',
};

/** How good the verdict is for the other side: higher = they took less. */
const GOOD_FOR_THEM: Record<Exclude<Verdict, 'too-little-data'>, number> = {
  'one-sided-they-took': -2,
  'they-took-more': -1,
  balanced: 0,
  'i-took-more': 1,
  'one-sided-i-took': 2,
};
function goodFor(side: Side, verdict: Verdict): number {
  if (verdict === 'too-little-data') throw new Error('not comparable');
  return side === 'them' ? GOOD_FOR_THEM[verdict] : -GOOD_FOR_THEM[verdict];
}

function swap(moments: SummaryMoment[]): SummaryMoment[] {
  return moments.map((x) => ({ ...x, side: x.side === 'them' ? 'me' : 'them' }));
}

describe('summarize: realistic calls', () => {
  test.each<[string, SummaryMoment[], Verdict]>([
    ['empty call', [], 'too-little-data'],
    [
      'notes and red flags alone',
      [m('them', 'note'), m('them', 'evasive'), m('me', 'overpromise')],
      'too-little-data',
    ],
    ['two exchanges only', [m('them', 'request'), m('me', 'value')], 'too-little-data'],
    [
      'the partner who only asks',
      [...many(4, 'them', 'request'), m('them', 'proprietary'), ...many(3, 'me', 'value')],
      'one-sided-they-took',
    ],
    [
      'mirrored exchange',
      [m('them', 'request'), m('them', 'value'), m('me', 'request'), m('me', 'value')],
      'balanced',
    ],
    [
      'healthy give and take',
      [
        m('them', 'request'),
        m('me', 'value'),
        m('them', 'value'),
        m('them', 'offer-help'),
        m('me', 'request'),
        m('me', 'appreciation'),
      ],
      'balanced',
    ],
    [
      'they took more but gave a little',
      [...many(4, 'them', 'request'), m('them', 'value'), ...many(2, 'me', 'value')],
      'they-took-more',
    ],
    [
      'I only asked',
      [...many(3, 'me', 'request'), m('them', 'value'), m('them', 'offer-help')],
      'one-sided-i-took',
    ],
    [
      'I took more',
      [...many(3, 'me', 'request'), m('me', 'value'), m('them', 'value')],
      'i-took-more',
    ],
  ])('%s → %s', (_name, moments, verdict) => {
    expect(summarize(moments).verdict).toBe(verdict);
  });

  test('the partner who only asks is flagged with the moments behind each flag', () => {
    const asks = many(3, 'them', 'request');
    const secret = m('them', 'proprietary');
    const gifts = many(2, 'me', 'value');
    const summary = summarize([...asks, secret, ...gifts]);
    const byId = new Map(summary.flags.filter((f) => f.side === 'them').map((f) => [f.id, f]));
    expect(byId.get('proprietary-without-return')?.momentIds).toEqual([secret.id]);
    expect(byId.get('never-offered-help')?.momentIds).toEqual([...asks, secret].map((x) => x.id));
    expect(byId.get('no-appreciation')?.momentIds).toEqual(gifts.map((x) => x.id));
    expect(byId.get('proprietary-without-return')?.message).toBe(
      'They sought proprietary information once and gave nothing in return.',
    );
  });

  test('seeking proprietary information weighs twice an ordinary request; weight scales', () => {
    const s = summarize([
      m('them', 'proprietary'),
      m('them', 'request', 3),
      m('me', 'appreciation', 2),
    ]);
    expect(s.take.them).toBe(5);
    expect(s.give.me).toBe(1);
  });

  test('the explanation names the numbers', () => {
    const s = summarize([...many(3, 'them', 'request'), m('me', 'value')]);
    expect(s.explanation).toBe(
      'They gave 0 and took 3; you gave 1 and took 0, so they only took, while you gave.',
    );
  });

  test('red flags cite exactly the moments of that kind and side', () => {
    const evasive = [m('them', 'evasive'), m('them', 'evasive')];
    const mine = m('me', 'evasive');
    const s = summarize([...evasive, mine, m('them', 'dismissive'), m('me', 'overpromise')]);
    expect(s.flags.find((f) => f.id === 'evasive' && f.side === 'them')?.momentIds).toEqual(
      evasive.map((x) => x.id),
    );
    expect(s.flags.find((f) => f.id === 'evasive' && f.side === 'me')?.momentIds).toEqual([
      mine.id,
    ]);
    expect(s.flags.find((f) => f.id === 'overpromise')?.side).toBe('me');
  });

  test('no-commitments appears only in a substantial exchange, for the side that made none', () => {
    const exchange = [...many(3, 'them', 'request'), ...many(3, 'me', 'value')];
    const s = summarize([...exchange, m('me', 'commitment')]);
    expect(s.flags.filter((f) => f.id === 'no-commitments').map((f) => f.side)).toEqual(['them']);
    expect(summarize(exchange.slice(0, 5)).flags.some((f) => f.id === 'no-commitments')).toBe(
      false,
    );
  });

  test('custom kinds are neutral unless classified', () => {
    const moments = [...many(3, 'them', 'shared-a-lead'), m('me', 'request')];
    expect(summarize(moments).give.them).toBe(0);
    const classified = summarize(moments, {
      kinds: { 'shared-a-lead': { classification: 'give', points: 1 } },
    });
    expect(classified.give.them).toBe(3);
    expect(classified.verdict).toBe('i-took-more');
  });
});

describe('summarize: properties', () => {
  test('balance stays within [-1, 1]', () => {
    fc.assert(
      fc.property(momentsArb, (moments) => {
        const { balance } = summarize(moments);
        return balance >= -1 && balance <= 1;
      }),
    );
  });

  test('swapping every side mirrors the verdict and negates the balance', () => {
    fc.assert(
      fc.property(momentsArb, (moments) => {
        const a = summarize(moments);
        const b = summarize(swap(moments));
        expect(b.verdict).toBe(MIRROR[a.verdict]);
        expect(b.balance).toBe(a.balance === 0 ? 0 : -a.balance);
        expect(b.give).toEqual({ them: a.give.me, me: a.give.them });
      }),
    );
  });

  test('an exactly mirrored exchange balances to 0', () => {
    fc.assert(
      fc.property(momentsArb, (moments) => {
        const both = [...moments, ...swap(moments).map((x) => ({ ...x, id: `${x.id}-mirror` }))];
        expect(summarize(both).balance).toBe(0);
      }),
    );
  });

  test('the order of the input never changes the result', () => {
    fc.assert(
      fc.property(
        momentsArb.chain((moments) =>
          fc.tuple(
            fc.constant(moments),
            fc.shuffledSubarray(moments, { minLength: moments.length }),
          ),
        ),
        ([moments, shuffled]) => {
          expect(summarize(shuffled)).toEqual(summarize(moments));
        },
      ),
    );
  });

  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(momentsArb, (moments) => {
        expect(summarize(moments)).toEqual(summarize(structuredClone(moments)));
      }),
    );
  });

  test('every cited moment id is in the input', () => {
    fc.assert(
      fc.property(momentsArb, (moments) => {
        const known = new Set(moments.map((x) => x.id));
        for (const flag of summarize(moments).flags) {
          for (const id of flag.momentIds) expect(known.has(id)).toBe(true);
        }
      }),
    );
  });

  test('a give never makes the verdict worse for the giver, a take never better for the taker', () => {
    fc.assert(
      fc.property(
        momentsArb,
        fc.constantFrom<Side>('them', 'me'),
        fc.constantFrom('request', 'proprietary', 'value', 'offer-help', 'appreciation'),
        fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        (moments, side, kind, weight) => {
          const before = summarize(moments).verdict;
          if (before === 'too-little-data') return;
          const after = summarize([
            ...moments,
            { id: 'added', side, kind, offsetMs: 0, weight },
          ]).verdict;
          const isGive = ['value', 'offer-help', 'appreciation'].includes(kind);
          if (isGive) expect(goodFor(side, after)).toBeGreaterThanOrEqual(goodFor(side, before));
          else expect(goodFor(side, after)).toBeLessThanOrEqual(goodFor(side, before));
        },
      ),
    );
  });
});
