import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { VERDICTS, type FollowUpState, type Side, type Weight } from '../../../lib/domain/model';
import type { KindClass } from '../../../lib/domain/moment-kinds';
import type { KindRule, SummaryOptions } from '../../../lib/domain/reciprocity';
import { addToTally, computeTally, emptyTally, rescoreTally } from '../../../lib/domain/tally';

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
  'custom-a',
  'custom-b',
];

const momentArb = fc.record(
  {
    id: fc.uuid(),
    side: fc.constantFrom<Side>('them', 'me'),
    kind: fc.constantFrom(...KINDS),
    offsetMs: fc.nat(),
    weight: fc.constantFrom<Weight>(1, 2, 3),
    state: fc.constantFrom<FollowUpState>('open', 'answered', 'declined', 'done'),
  },
  { requiredKeys: ['id', 'side', 'kind', 'offsetMs', 'weight'] },
);

const ruleArb: fc.Arbitrary<KindRule> = fc.record(
  {
    classification: fc.constantFrom<KindClass>('give', 'take', 'flag', 'accountability', 'neutral'),
    // 0.0004 rounds to nothing in the thousandths sums are kept in: still not an exchange.
    points: fc.constantFrom(0, 0.0004, 0.1, 0.5, 1, 1.25, 2, 3, 0.333),
  },
  { requiredKeys: ['classification'] },
);

const optionsArb: fc.Arbitrary<SummaryOptions | undefined> = fc.option(
  fc.dictionary(fc.constantFrom(...KINDS), ruleArb).map((kinds) => ({ kinds })),
  { nil: undefined },
);

describe('addToTally', () => {
  test('adding one moment gives the full recount of all of them', () => {
    fc.assert(
      fc.property(fc.array(momentArb), momentArb, optionsArb, (moments, added, options) => {
        expect(addToTally(computeTally(moments, options), added, options)).toEqual(
          computeTally([...moments, added], options),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('a whole call tagged one moment at a time ends at the full recount', () => {
    fc.assert(
      fc.property(fc.array(momentArb, { maxLength: 80 }), optionsArb, (moments, options) => {
        let tally = emptyTally();
        for (const m of moments) tally = addToTally(tally, m, options);
        expect(tally).toEqual(computeTally(moments, options));
      }),
    );
  });

  test('the empty tally is the tally of no moments', () => {
    expect(emptyTally()).toEqual(computeTally([]));
  });

  test('an open ask and an open commitment are counted for their side', () => {
    const tally = addToTally(
      addToTally(emptyTally(), { side: 'them', kind: 'request', weight: 1 }),
      { side: 'me', kind: 'commitment', weight: 1 },
    );
    expect(tally.openAsks).toEqual({ them: 1, me: 0 });
    expect(tally.openCommitments).toEqual({ them: 0, me: 1 });
    expect(tally.total).toBe(2);
  });
});

describe('rescoreTally', () => {
  test('a tally whose verdict and balance were scored by other rules is scored as a full recount would', () => {
    const verdicts = fc.constantFrom(...VERDICTS);
    fc.assert(
      fc.property(
        fc.array(momentArb),
        optionsArb,
        verdicts,
        fc.double({ min: -1, max: 1, noNaN: true }),
        (moments, options, staleVerdict, staleBalance) => {
          const recount = computeTally(moments, options);
          const stale = { ...recount, verdict: staleVerdict, balance: staleBalance };
          expect(rescoreTally(stale, options)).toEqual(recount);
        },
      ),
      { numRuns: 500 },
    );
  });
});
