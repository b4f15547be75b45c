import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Partner, Side } from '../../../lib/domain/model';
import {
  matchesPartner,
  paramsFromPartnerView,
  partnerList,
  partnerViewFromParams,
  summarizePartners,
  PARTNER_SORTS,
  type PartnerListCall,
  type PartnerListView,
  type PartnerSummary,
} from '../../../lib/domain/partner-list';
import { computeTally } from '../../../lib/domain/tally';

const DAY = 86_400_000;
let seq = 0;
function partner(name: string, organisation?: string): Partner {
  seq += 1;
  return {
    id: `p${seq}`,
    name,
    ...(organisation ? { organisation } : {}),
    notes: '',
    createdAt: 0,
    updatedAt: 0,
  };
}
function call(
  p: Partner | undefined,
  day: number,
  moments: ReadonlyArray<[Side, string, number?]>,
): PartnerListCall {
  seq += 1;
  const tally = computeTally(
    moments.flatMap(([side, kind, n = 1]) =>
      Array.from({ length: n }, (_, i) => ({
        id: `m${seq}-${kind}-${i}`,
        side,
        kind,
        offsetMs: i,
        weight: 1 as const,
      })),
    ),
  );
  return {
    id: `c${seq}`,
    ...(p ? { partnerId: p.id } : {}),
    startedAt: Date.UTC(2026, 0, 1) + day * DAY,
    endedAt: Date.UTC(2026, 0, 1) + day * DAY + 3_600_000,
    tally,
  };
}

const acme = partner('Acme Robotics', 'Acme Holdings');
const globex = partner('Globex');
const initech = partner('Initech');
const umbrella = partner('Umbrella');
const TAKER: Array<[Side, string, number?]> = [
  ['them', 'request', 4],
  ['them', 'proprietary'],
  ['me', 'value', 2],
];
const GIVER: Array<[Side, string, number?]> = [
  ['them', 'value', 3],
  ['me', 'request', 2],
];
const calls = [
  call(acme, 1, TAKER),
  call(acme, 9, TAKER),
  call(acme, 3, GIVER),
  call(globex, 20, GIVER),
  call(globex, 2, GIVER),
  call(initech, 5, [['them', 'value']]),
  call(undefined, 30, TAKER),
];
const all = summarizePartners([acme, globex, initech, umbrella], calls);
const byName = (name: string) => all.find((p) => p.name === name);

describe('summarizePartners', () => {
  test('sums each partner’s calls from their tallies', () => {
    expect(byName('Acme Robotics')).toMatchObject({
      callCount: 3,
      lastCallAt: Date.UTC(2026, 0, 10),
      give: { them: 3, me: 4 },
      take: { them: 12, me: 2 },
      // (12 − 3) − (2 − 4): they took 11 points more than you, relative to what each gave.
      tookMost: 11,
      trend: 'they-take',
      // 4 requests + 1 proprietary still open, in each of two calls, and your 2 in the third.
      openItems: 12,
      organisation: 'Acme Holdings',
    });
    expect(byName('Globex')).toMatchObject({ callCount: 2, trend: 'they-give', tookMost: -10 });
  });

  test('a partner without calls is listed, with nothing to say yet', () => {
    expect(byName('Umbrella')).toEqual({
      id: umbrella.id,
      name: 'Umbrella',
      callCount: 0,
      lastCallAt: null,
      give: { them: 0, me: 0 },
      take: { them: 0, me: 0 },
      tookMost: 0,
      trend: 'too-little-data',
      sentence: { id: 'relationship.noCalls' },
      openItems: 0,
    });
  });

  test('a call without a partner counts for no one', () => {
    expect(all.reduce((n, p) => n + p.callCount, 0)).toBe(calls.length - 1);
  });
});

describe('partnerList', () => {
  const names = (view: PartnerListView) => partnerList(all, view).map((p) => p.name);

  test.each<[PartnerListView['sort'], string[]]>([
    ['name', ['Acme Robotics', 'Globex', 'Initech', 'Umbrella']],
    ['last', ['Globex', 'Acme Robotics', 'Initech', 'Umbrella']],
    ['calls', ['Acme Robotics', 'Globex', 'Initech', 'Umbrella']],
    ['took', ['Acme Robotics', 'Umbrella', 'Initech', 'Globex']],
  ])('sorted by %s', (sort, expected) => expect(names({ q: '', sort })).toEqual(expected));

  test.each([
    ['acme', ['Acme Robotics']],
    ['ROB', ['Acme Robotics']],
    ['holdings', ['Acme Robotics']],
    ['acme glob', []],
    ['  ', ['Acme Robotics', 'Globex', 'Initech', 'Umbrella']],
    ['botics', []],
    ['i', ['Initech']],
  ])('searching %j finds %j', (q, expected) =>
    expect(names({ q, sort: 'name' })).toEqual(expected),
  );

  test('a search ignores case and accents', () => {
    expect(matchesPartner({ name: 'Société Générale' }, 'societe GEN')).toBe(true);
    expect(matchesPartner({ name: 'Societe' }, 'société')).toBe(true);
  });
});

const summaryArb: fc.Arbitrary<PartnerSummary> = fc.record({
  id: fc.uuid(),
  name: fc.constantFrom('Acme', 'acme', 'Globex', 'Initech', 'Zeta', 'Émile'),
  callCount: fc.nat({ max: 50 }),
  lastCallAt: fc.option(fc.nat({ max: 1_000 }), { nil: null }),
  give: fc.record({ them: fc.nat({ max: 20 }), me: fc.nat({ max: 20 }) }),
  take: fc.record({ them: fc.nat({ max: 20 }), me: fc.nat({ max: 20 }) }),
  tookMost: fc.integer({ min: -40, max: 40 }),
  trend: fc.constantFrom('they-take', 'they-give', 'balanced', 'mixed', 'too-little-data'),
  sentence: fc.constant({ id: 'relationship.noCalls' } as const),
  openItems: fc.nat({ max: 9 }),
});
const viewArb = fc.record({
  q: fc.constantFrom('', 'a', 'ac', 'glo', 'zz', 'emi'),
  sort: fc.constantFrom(...PARTNER_SORTS),
});

describe('partnerList: properties', () => {
  const listArb = fc.uniqueArray(summaryArb, { selector: (p) => p.id, maxLength: 30 });

  test('the same partners in any input order give the same list', () => {
    fc.assert(
      fc.property(listArb, viewArb, (partners, view) => {
        expect(partnerList([...partners].reverse(), view)).toEqual(partnerList(partners, view));
      }),
    );
  });

  test('a search keeps exactly the partners it matches, and never changes the input', () => {
    fc.assert(
      fc.property(listArb, viewArb, (partners, view) => {
        const before = partners.map((p) => p.id);
        const shown = partnerList(partners, view);
        expect(partners.map((p) => p.id)).toEqual(before);
        expect(new Set(shown.map((p) => p.id))).toEqual(
          new Set(partners.filter((p) => matchesPartner(p, view.q)).map((p) => p.id)),
        );
      }),
    );
  });

  test('each order puts its key first', () => {
    fc.assert(
      fc.property(listArb, (partners) => {
        const pairs = <T>(xs: T[]) => xs.slice(1).map((x, i) => [xs[i] as T, x] as const);
        for (const [a, b] of pairs(partnerList(partners, { q: '', sort: 'calls' }))) {
          expect(a.callCount).toBeGreaterThanOrEqual(b.callCount);
        }
        for (const [a, b] of pairs(partnerList(partners, { q: '', sort: 'took' }))) {
          expect(a.tookMost).toBeGreaterThanOrEqual(b.tookMost);
        }
        for (const [a, b] of pairs(partnerList(partners, { q: '', sort: 'last' }))) {
          expect(a.lastCallAt ?? -1).toBeGreaterThanOrEqual(b.lastCallAt ?? -1);
        }
      }),
    );
  });

  test('the view survives the URL', () => {
    fc.assert(
      fc.property(
        fc.record({ q: fc.string({ maxLength: 40 }), sort: fc.constantFrom(...PARTNER_SORTS) }),
        (view) => {
          expect(partnerViewFromParams(paramsFromPartnerView(view))).toEqual(view);
        },
      ),
    );
  });
});

describe('summarizePartners: properties', () => {
  test('the order of calls and partners never changes a partner’s figures', () => {
    const ps = [acme, globex, initech, umbrella];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(calls, { minLength: calls.length }),
        fc.shuffledSubarray(ps, { minLength: ps.length }),
        (cs, shuffled) => {
          const sorted = (xs: PartnerSummary[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(sorted(summarizePartners(shuffled, cs))).toEqual(sorted(all));
        },
      ),
    );
  });
});
