import type { Partner } from '../../lib/domain/model';
import { PERSONALITY_SHARE, weighted, type Personality } from './personalities';
import { DAY, SPAN_MS } from './schedule';
import type { Random } from './seeded-random';
import { FIRST_NAMES, LAST_NAMES, ORG_STEMS, ORG_SUFFIXES, PARTNER_NOTES } from './vocabulary';

export interface GeneratedPartner {
  partner: Partner;
  personality: Personality;
}

/** Some partners are people (a consultant, an angel); most are named by their company. */
const PERSON_SHARE = 0.3;

const personality = weighted(PERSONALITY_SHARE);

/** Every combination once, shuffled; numbered past the end so names stay unique. */
function uniqueNames(
  random: Random,
  a: readonly string[],
  b: readonly string[],
  count: number,
): string[] {
  const all = random.shuffle(a.flatMap((x) => b.map((y) => `${x} ${y}`)));
  return Array.from({ length: count }, (_, k) => {
    const base = all[k % all.length] ?? 'Partner';
    return k < all.length ? base : `${base} ${Math.floor(k / all.length) + 1}`;
  });
}

/**
 * The partners, in activity order (index 0 is the busiest). Each was created shortly
 * before its first call, as ensurePartner() would have done.
 */
export function makePartners(
  random: Random,
  count: number,
  firstCallAt: ReadonlyArray<number | undefined>,
  endAt: number,
): GeneratedPartner[] {
  const orgs = uniqueNames(random, ORG_STEMS, ORG_SUFFIXES, count);
  const people = uniqueNames(random, FIRST_NAMES, LAST_NAMES, count);
  return orgs.map((org, k) => {
    const first = firstCallAt[k] ?? endAt - random.int(0, SPAN_MS);
    const createdAt = Math.max(endAt - SPAN_MS - 30 * DAY, first - random.int(0, 30 * DAY));
    const updatedAt = random.chance(0.3)
      ? Math.min(endAt, createdAt + random.int(0, 200 * DAY))
      : createdAt;
    const isPerson = random.chance(PERSON_SHARE);
    const partner: Partner = {
      id: random.uuid(),
      name: isPerson ? (people[k] ?? org) : org,
      notes: random.chance(0.2) ? random.pick(PARTNER_NOTES) : '',
      createdAt,
      updatedAt,
      ...(isPerson ? { organisation: org } : {}),
    };
    return { partner, personality: personality(random) };
  });
}
