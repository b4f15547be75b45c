import type { Side } from './model';
import { formatPoints } from './reciprocity';
import { recentLean, type RecentCounts, type RelationshipTrend } from './relationship-trend';

export interface SentenceInput {
  callCount: number;
  judgedCount: number;
  recent: RecentCounts;
  /** The recent calls' points summed, and their balance (see `relationshipLedger`). */
  recentExchange: {
    give: Record<Side, number>;
    take: Record<Side, number>;
    balance: number;
  };
  /** The cumulative balance over every call. */
  balance: number;
  trend: RelationshipTrend;
}

function were(n: number): string {
  return n === 1 ? 'was' : 'were';
}

/** "a", "a and b", "a, b and c". */
function list(parts: readonly string[]): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function pointsOf({ give, take }: SentenceInput['recentExchange']): string {
  return `they gave ${formatPoints(give.them)} and took ${formatPoints(take.them)}; you gave ${formatPoints(give.me)} and took ${formatPoints(take.me)}`;
}

/**
 * Why a mixed trend is not a trend, when a person would expect one: the recent calls leaned
 * one way but the whole history the other, or most calls leaned one way but by points the
 * exchange did not.
 */
function mixedReason({ recent, recentExchange, balance }: SentenceInput): string {
  const lean = recentLean(recent, recentExchange.balance);
  if (lean === 'them' && balance >= 0)
    return ', but across all calls the exchange is even or in your favour';
  if (lean === 'me' && balance <= 0)
    return ', but across all calls the exchange is even or in their favour';
  if (lean === null && recent.theyTookMore * 2 > recent.count) {
    return ', but by points the exchange was even or in your favour';
  }
  if (lean === null && recent.iTookMore * 2 > recent.count) {
    return ', but by points the exchange was even or in their favour';
  }
  return '';
}

/**
 * One plain sentence with the numbers behind the trend. Counts are of judged calls only:
 * a call with too few moments says nothing about who took more. A trend carried by the size
 * of the imbalances rather than by most calls names the points, not a minority of calls.
 */
export function relationshipSentence(input: SentenceInput): string {
  const { callCount, judgedCount, recent, recentExchange, trend } = input;
  if (callCount === 0) return 'No calls with them yet.';
  const { count, theyTookMore, iTookMore, balanced } = recent;
  const of = (k: number): string => `${k} of the last ${count} calls`;
  const last = `the last ${count} calls`;
  switch (trend) {
    case 'too-little-data':
      return judgedCount === 0
        ? 'Too early to tell: no call with enough moments yet.'
        : `Too early to tell: only ${judgedCount} call with enough moments.`;
    case 'they-take':
      return theyTookMore * 2 > count
        ? `In ${of(theyTookMore)} they got more out of the exchange than you did.`
        : `They got more out of ${last}: ${pointsOf(recentExchange)}.`;
    case 'they-give':
      return iTookMore * 2 > count
        ? `In ${of(iTookMore)} you got more out of the exchange than they did.`
        : `You got more out of ${last}: ${pointsOf(recentExchange)}.`;
    case 'balanced':
      return `Balanced: in ${of(balanced)} the exchange was about even.`;
    case 'mixed': {
      // Only the counts that are not zero: "you got more in 0" says nothing.
      const parts = [
        theyTookMore > 0 ? `they got more in ${theyTookMore}` : '',
        iTookMore > 0 ? `you got more in ${iTookMore}` : '',
        balanced > 0 ? `${balanced} ${were(balanced)} balanced` : '',
      ].filter(Boolean);
      return `Mixed: of the last ${count} calls, ${list(parts)}${mixedReason(input)}.`;
    }
  }
}
