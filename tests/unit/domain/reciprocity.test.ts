import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Side, Verdict } from '../../../lib/domain/model';
import {
  formatPoints,
  kindRule,
  summarize,
  type Summary,
  type SummaryMoment,
  type SummaryOptions,
} from '../../../lib/domain/reciprocity';

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

const momentArb = fc.record(
  {
    id: fc.uuid(),
    side: fc.constantFrom<Side>('them', 'me'),
    kind: fc.constantFrom(...KINDS, 'custom-give', 'custom-take', 'custom-flag'),
    // Small offsets too, so that equal times (and their tie-break) come up often.
    offsetMs: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 3_600_000 })),
    weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
  },
  { requiredKeys: ['id', 'side', 'kind', 'offsetMs'] },
);
const momentsArb = fc.uniqueArray(momentArb, { selector: (x) => x.id, maxLength: 60 });

const pointsArb = fc.option(fc.constantFrom(0, 0.25, 0.5, 1, 1.5, 3), { nil: undefined });
/** No options, or a user's catalogue: custom kinds classified, some built-ins re-weighted. */
const optionsArb: fc.Arbitrary<SummaryOptions | undefined> = fc.option(
  fc.record({
    kinds: fc.record(
      {
        'custom-give': fc.record({
          classification: fc.constant('give' as const),
          points: pointsArb,
        }),
        'custom-take': fc.record({
          classification: fc.constant('take' as const),
          points: pointsArb,
        }),
        'custom-flag': fc.record({ classification: fc.constant('flag' as const) }),
        proprietary: fc.record({ classification: fc.constant('take' as const), points: pointsArb }),
        appreciation: fc.record({
          classification: fc.constant('give' as const),
          points: pointsArb,
        }),
      },
      { requiredKeys: [] },
    ),
  }),
  { nil: undefined },
);

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

/** A summary's flags as comparable strings: side, id and the moments cited. */
function flagSet(summary: Summary): string[] {
  return summary.flags.map((f) => `${f.side}|${f.id}|${f.momentIds.join(',')}`).sort();
}
function mirrorFlag(flag: string): string {
  return flag.startsWith('them|') ? `me|${flag.slice(5)}` : `them|${flag.slice(3)}`;
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

  test('a side that took three times and gave nothing, while the other gave, only took — even when the other also took', () => {
    const s = summarize([
      ...many(3, 'them', 'request'),
      m('me', 'appreciation'),
      m('me', 'request', 3),
    ]);
    expect(s.verdict).toBe('one-sided-they-took');
    expect(s.explanation).toBe(
      'They gave 0 and took 3; you gave 0.5 and took 3, so they only took, while you gave.',
    );
  });

  test('but not when the exchange leans the other way', () => {
    const s = summarize([
      ...many(3, 'them', 'request'),
      m('me', 'value'),
      m('me', 'proprietary', 3),
      m('me', 'proprietary', 3),
    ]);
    expect(s.verdict).toBe('i-took-more');
  });

  test.each<[string, SummaryMoment[], string]>([
    [
      'they gave less than you',
      [m('them', 'value'), ...many(3, 'me', 'value')],
      'They gave 1 and took 0; you gave 3 and took 0, so they got more out of it than you did.',
    ],
    [
      'you gave less than them',
      [...many(3, 'them', 'value'), m('me', 'value')],
      'They gave 3 and took 0; you gave 1 and took 0, so you got more out of it than they did.',
    ],
    [
      'too little, after the call as during it',
      [m('them', 'request'), m('me', 'value'), m('me', 'note')],
      'Only 2 give-or-take moments — a verdict needs at least 3.',
    ],
  ])('the explanation is true to its numbers: %s', (_name, moments, sentence) => {
    expect(summarize(moments).explanation).toBe(sentence);
  });

  test('flag messages say who, what and how many', () => {
    const asks = [m('me', 'request'), m('me', 'proprietary')];
    const gifts = [m('them', 'value'), m('them', 'offer-help')];
    const s = summarize([...asks, ...gifts]);
    const mine = new Map(s.flags.filter((f) => f.side === 'me').map((f) => [f.id, f]));
    expect(mine.get('never-offered-help')?.message).toBe(
      'You made 2 requests (1 for proprietary information) and never offered help or asked what you could do.',
    );
    expect(mine.get('no-appreciation')?.message).toBe(
      'They offered value or help twice and you never showed appreciation.',
    );
    expect(mine.get('no-appreciation')?.momentIds).toEqual(gifts.map((x) => x.id));
  });

  test.each([
    [['value', 'value'], 'They offered value twice and you never showed appreciation.'],
    [
      ['offer-help', 'offer-help', 'offer-help'],
      'They offered help 3 times and you never showed appreciation.',
    ],
    [
      ['value', 'offer-help'],
      'They offered value or help twice and you never showed appreciation.',
    ],
  ])('the appreciation flag names what was given: %j', (kinds, message) => {
    const s = summarize(kinds.map((k) => m('them', k)));
    expect(s.flags.find((f) => f.id === 'no-appreciation')?.message).toBe(message);
  });

  test('a dismissive moment says whose expertise, from where you sit', () => {
    const s = summarize([m('them', 'dismissive'), m('me', 'dismissive'), m('me', 'dismissive')]);
    const message = (side: 'them' | 'me') =>
      s.flags.find((f) => f.id === 'dismissive' && f.side === side)?.message;
    expect(message('them')).toBe('They dismissed your expertise (once).');
    expect(message('me')).toBe('You dismissed their expertise (twice).');
  });

  test('a kind worth 0 points is not an exchange; fractions are shown exactly', () => {
    const moments = [...many(3, 'them', 'shared-a-lead'), m('me', 'request')];
    const zero = summarize(moments, {
      kinds: { 'shared-a-lead': { classification: 'give', points: 0 } },
    });
    expect(zero.verdict).toBe('too-little-data');
    expect(zero.exchanges).toBe(1);
    const quarter = summarize(moments, {
      kinds: { 'shared-a-lead': { classification: 'give', points: 0.25 } },
    });
    expect(quarter.give.them).toBe(0.75);
    expect(quarter.explanation).toMatch(/^They gave 0.75 and took 0;/);
  });

  test('re-classifying a built-in kind without new points keeps its points', () => {
    const s = summarize([m('them', 'proprietary')], {
      kinds: { proprietary: { classification: 'take' } },
    });
    expect(s.take.them).toBe(2);
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
      fc.property(momentsArb, optionsArb, (moments, options) => {
        const { balance } = summarize(moments, options);
        return balance >= -1 && balance <= 1;
      }),
    );
  });

  test('swapping every side mirrors the verdict, the figures and the flags', () => {
    fc.assert(
      fc.property(momentsArb, optionsArb, (moments, options) => {
        const a = summarize(moments, options);
        const b = summarize(swap(moments), options);
        expect(b.verdict).toBe(MIRROR[a.verdict]);
        expect(b.balance).toBe(a.balance === 0 ? 0 : -a.balance);
        expect(b.give).toEqual({ them: a.give.me, me: a.give.them });
        expect(b.take).toEqual({ them: a.take.me, me: a.take.them });
        expect(flagSet(b)).toEqual(flagSet(a).map(mirrorFlag).sort());
      }),
    );
  });

  test('an exactly mirrored exchange balances to 0', () => {
    fc.assert(
      fc.property(momentsArb, optionsArb, (moments, options) => {
        const both = [...moments, ...swap(moments).map((x) => ({ ...x, id: `${x.id}-mirror` }))];
        const summary = summarize(both, options);
        expect(summary.balance).toBe(0);
        expect(['balanced', 'too-little-data']).toContain(summary.verdict);
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
        optionsArb,
        ([moments, shuffled], options) => {
          expect(summarize(shuffled, options)).toEqual(summarize(moments, options));
        },
      ),
    );
  });

  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(momentsArb, optionsArb, (moments, options) => {
        expect(summarize(moments, options)).toEqual(
          summarize(structuredClone(moments), structuredClone(options)),
        );
      }),
    );
  });

  test('every cited moment id is in the input', () => {
    fc.assert(
      fc.property(momentsArb, optionsArb, (moments, options) => {
        const known = new Set(moments.map((x) => x.id));
        for (const flag of summarize(moments, options).flags) {
          for (const id of flag.momentIds) expect(known.has(id)).toBe(true);
        }
      }),
    );
  });

  test('a give never makes the verdict worse for the giver, a take never better for the taker', () => {
    fc.assert(
      fc.property(
        momentsArb,
        optionsArb,
        fc.constantFrom<Side>('them', 'me'),
        fc.constantFrom('request', 'proprietary', 'value', 'offer-help', 'appreciation'),
        fc.option(fc.constantFrom<1 | 2 | 3>(1, 2, 3), { nil: undefined }),
        fc.nat({ max: 3_600_000 }),
        (moments, options, side, kind, weight, offsetMs) => {
          const before = summarize(moments, options);
          const after = summarize(
            [...moments, { id: 'added', side, kind, offsetMs, weight }],
            options,
          );
          const isGive = kindRule(kind, options).classification === 'give';
          // The balance reads from their side: their gives raise it, their takes lower it.
          const up = (side === 'them') === isGive;
          if (up) expect(after.balance).toBeGreaterThanOrEqual(before.balance);
          else expect(after.balance).toBeLessThanOrEqual(before.balance);
          // A first verdict only appears with enough data; from then on it moves one way.
          if (before.verdict === 'too-little-data') return;
          if (isGive) {
            expect(goodFor(side, after.verdict)).toBeGreaterThanOrEqual(
              goodFor(side, before.verdict),
            );
          } else {
            expect(goodFor(side, after.verdict)).toBeLessThanOrEqual(goodFor(side, before.verdict));
          }
        },
      ),
    );
  });

  test('the explanation’s numbers are the summary’s give and take', () => {
    fc.assert(
      fc.property(momentsArb, optionsArb, (moments, options) => {
        const s = summarize(moments, options);
        if (s.verdict === 'too-little-data') return;
        expect(s.explanation).toContain(
          `They gave ${formatPoints(s.give.them)} and took ${formatPoints(s.take.them)}; ` +
            `you gave ${formatPoints(s.give.me)} and took ${formatPoints(s.take.me)}, `,
        );
      }),
    );
  });
});
