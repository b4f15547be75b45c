import type { Random } from './seeded-random';

/** How a partner behaves on calls: most are balanced, some take, some give. */
export type Personality = 'taker' | 'balanced' | 'giver';

export const PERSONALITY_SHARE: ReadonlyArray<readonly [Personality, number]> = [
  ['taker', 0.15],
  ['balanced', 0.7],
  ['giver', 0.15],
];

/** A call unlike the partner's usual self: a taker has good days, a giver bad ones. */
export const OFF_DAY = 0.2;

type Mix = ReadonlyArray<readonly [string, number]>;

/** Relative frequency of each kind; gives and takes roughly even. Also my own side. */
const BALANCED: Mix = [
  ['request', 20],
  ['proprietary', 4],
  ['value', 17],
  ['offer-help', 8],
  ['appreciation', 10],
  ['commitment', 10],
  ['overpromise', 2],
  ['evasive', 3],
  ['dismissive', 1],
  ['note', 8],
];

/** Asks a lot, fishes for proprietary information, red flags, little in return. */
const TAKER: Mix = [
  ['request', 32],
  ['proprietary', 12],
  ['value', 5],
  ['offer-help', 1],
  ['appreciation', 3],
  ['commitment', 5],
  ['overpromise', 5],
  ['evasive', 8],
  ['dismissive', 5],
  ['note', 8],
];

/** Offers value and help unprompted, thanks, commits. */
const GIVER: Mix = [
  ['request', 10],
  ['proprietary', 1],
  ['value', 30],
  ['offer-help', 15],
  ['appreciation', 12],
  ['commitment', 12],
  ['overpromise', 1],
  ['evasive', 1],
  ['note', 8],
];

export const MIXES: Readonly<Record<Personality, Mix>> = {
  taker: TAKER,
  balanced: BALANCED,
  giver: GIVER,
};

/** A sampler over weighted items: cumulative weights once, a linear scan per draw (tables are short). */
export function weighted<T>(table: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  const cumulative: Array<readonly [T, number]> = [];
  let running = 0;
  for (const [item, w] of table) {
    running += w / total;
    cumulative.push([item, running]);
  }
  return (random) => {
    const r = random.next();
    for (const [item, upTo] of cumulative) if (r < upTo) return item;
    const last = cumulative[cumulative.length - 1];
    if (!last) throw new Error('weighted() over an empty table');
    return last[0];
  };
}
