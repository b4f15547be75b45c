import type { Verdict } from './model';

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

/**
 * The rules, in order:
 * 1. fewer than TREND_MIN_JUDGED judged calls → too-little-data;
 * 2. more than half of the recent judged calls leaned their way (3 of the last 5) and the
 *    cumulative balance is negative → they-take; mirrored → they-give. Both conditions,
 *    so that a run of small takes after years of generous giving reads as mixed, not as
 *    a taker;
 * 3. more than half were balanced → balanced;
 * 4. otherwise → mixed.
 * Strict majorities cannot overlap, so the order of 2 and 3 never matters.
 */
export function relationshipTrend(
  recent: RecentCounts,
  judgedCount: number,
  balance: number,
): RelationshipTrend {
  if (judgedCount < TREND_MIN_JUDGED) return 'too-little-data';
  const majority = (n: number): boolean => n * 2 > recent.count;
  if (majority(recent.theyTookMore) && balance < 0) return 'they-take';
  if (majority(recent.iTookMore) && balance > 0) return 'they-give';
  if (majority(recent.balanced)) return 'balanced';
  return 'mixed';
}
