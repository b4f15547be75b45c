import type { Side, Verdict } from './model';
import { BALANCED_WITHIN } from './reciprocity';

/** Where a partnership is heading, judged from its most recent calls with a verdict. */
export type RelationshipTrend =
  'they-take' | 'they-give' | 'balanced' | 'mixed' | 'too-little-data';

/** Verdicts of the last judged calls, grouped the way a person would read them. */
export interface RecentCounts {
  count: number;
  /** Calls they took more in, one-sided or not. */
  theyTookMore: number;
  /** Calls I took more in, one-sided or not: they gave more. */
  iTookMore: number;
  balanced: number;
}

/** One judged call is an anecdote, not a trend. */
export const TREND_MIN_JUDGED = 2;
export const DEFAULT_RECENT = 5;

const THEY_TOOK: ReadonlySet<Verdict> = new Set(['they-took-more', 'one-sided-they-took']);
const I_TOOK: ReadonlySet<Verdict> = new Set(['i-took-more', 'one-sided-i-took']);

export function isJudged(verdict: Verdict): boolean {
  return verdict !== 'too-little-data';
}

export function countRecent(verdicts: readonly Verdict[]): RecentCounts {
  const counts: RecentCounts = { count: 0, theyTookMore: 0, iTookMore: 0, balanced: 0 };
  for (const verdict of verdicts) {
    if (!isJudged(verdict)) continue;
    counts.count += 1;
    if (THEY_TOOK.has(verdict)) counts.theyTookMore += 1;
    else if (I_TOOK.has(verdict)) counts.iTookMore += 1;
    else counts.balanced += 1;
  }
  return counts;
}

function majority(n: number, recent: RecentCounts): boolean {
  return n * 2 > recent.count;
}

/**
 * Which side the recent calls favoured, weighing the size of each imbalance and not only how
 * many calls leaned each way: `recentBalance` is the balance of the recent calls' points summed
 * (see `relationshipLedger`), so one call where they took 12 outweighs two where you took 1 more.
 * - beyond the band a single call is judged by (±0.2): that side, however the calls split;
 * - within it: the side a majority of the calls favoured, if the points lean its way at all;
 * - otherwise neither. The two conditions for a side exclude the other side's, so at most one.
 */
export function recentLean(recent: RecentCounts, recentBalance: number): Side | null {
  if (recentBalance < -BALANCED_WITHIN) return 'them';
  if (recentBalance > BALANCED_WITHIN) return 'me';
  if (majority(recent.theyTookMore, recent) && recentBalance < 0) return 'them';
  if (majority(recent.iTookMore, recent) && recentBalance > 0) return 'me';
  return null;
}

/**
 * The rules, in order:
 * 1. fewer than TREND_MIN_JUDGED judged calls → too-little-data;
 * 2. the recent calls leaned their way (`recentLean`) and the cumulative balance is negative →
 *    they-take; mirrored → they-give. Both conditions, so that a run of takes after years of
 *    generous giving reads as mixed, not as a taker;
 * 3. more than half of the recent calls were balanced and their points too → balanced;
 * 4. otherwise → mixed.
 * Rule 2's two outcomes need opposite signs of the balance; rule 3 excludes a lean by points
 * (outside the band) and by count (a balanced majority), so the order of 2 and 3 never matters.
 */
export function relationshipTrend(
  recent: RecentCounts,
  judgedCount: number,
  balance: number,
  recentBalance: number,
): RelationshipTrend {
  if (judgedCount < TREND_MIN_JUDGED) return 'too-little-data';
  const lean = recentLean(recent, recentBalance);
  if (lean === 'them' && balance < 0) return 'they-take';
  if (lean === 'me' && balance > 0) return 'they-give';
  if (majority(recent.balanced, recent) && Math.abs(recentBalance) <= BALANCED_WITHIN) {
    return 'balanced';
  }
  return 'mixed';
}
