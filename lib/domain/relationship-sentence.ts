import type { RecentCounts, RelationshipTrend } from './relationship-trend';

export interface SentenceInput {
  callCount: number;
  judgedCount: number;
  recent: RecentCounts;
  trend: RelationshipTrend;
}

function were(n: number): string {
  return n === 1 ? 'was' : 'were';
}

/**
 * One plain sentence with the numbers behind the trend. Counts are of judged calls only:
 * a call with too few moments says nothing about who took more.
 */
export function relationshipSentence({
  callCount,
  judgedCount,
  recent,
  trend,
}: SentenceInput): string {
  if (callCount === 0) return 'No calls with them yet.';
  const { count, theyTookMore, iTookMore, balanced } = recent;
  const of = (k: number): string => `${k} of the last ${count} calls`;
  switch (trend) {
    case 'too-little-data':
      return judgedCount === 0
        ? 'Too early to tell: no call with enough moments yet.'
        : `Too early to tell: only ${judgedCount} call with enough moments.`;
    case 'they-take':
      return `In ${of(theyTookMore)} they got more out of the exchange than you did.`;
    case 'they-give':
      return `In ${of(iTookMore)} you got more out of the exchange than they did.`;
    case 'balanced':
      return `Balanced: in ${of(balanced)} the exchange was about even.`;
    case 'mixed': {
      const counts = `Mixed: of the last ${count} calls, they got more in ${theyTookMore}, you got more in ${iTookMore} and ${balanced} ${were(balanced)} balanced`;
      // A majority one way without the cumulative balance to match: say why it is not a trend.
      if (theyTookMore * 2 > count)
        return `${counts}, but across all calls the exchange is even or in your favour.`;
      if (iTookMore * 2 > count)
        return `${counts}, but across all calls the exchange is even or in their favour.`;
      return `${counts}.`;
    }
  }
}
