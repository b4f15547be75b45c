import type { Side } from './model';
import type { Message } from './i18n/translate';
import { pointParams } from './reciprocity';
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

function pointsOf({ give, take }: SentenceInput['recentExchange']): Message {
  return { id: 'relationship.points', params: pointParams(give, take) };
}

/**
 * Why a mixed trend is not a trend, when a person would expect one: the recent calls leaned
 * one way but the whole history the other, or most calls leaned one way but by points the
 * exchange did not.
 */
function mixedReason({ recent, recentExchange, balance }: SentenceInput): Message | '' {
  const lean = recentLean(recent, recentExchange.balance);
  if (lean === 'them' && balance >= 0) return { id: 'relationship.mixed.allCallsYourFavour' };
  if (lean === 'me' && balance <= 0) return { id: 'relationship.mixed.allCallsTheirFavour' };
  if (lean === null && recent.theyTookMore * 2 > recent.count) {
    return { id: 'relationship.mixed.pointsYourFavour' };
  }
  if (lean === null && recent.iTookMore * 2 > recent.count) {
    return { id: 'relationship.mixed.pointsTheirFavour' };
  }
  return '';
}

/**
 * One plain sentence with the numbers behind the trend. Counts are of judged calls only:
 * a call with too few moments says nothing about who took more. A trend carried by the size
 * of the imbalances rather than by most calls names the points, not a minority of calls.
 */
export function relationshipSentence(input: SentenceInput): Message {
  const { callCount, judgedCount, recent, recentExchange, trend } = input;
  if (callCount === 0) return { id: 'relationship.noCalls' };
  const { count, theyTookMore, iTookMore, balanced } = recent;
  switch (trend) {
    case 'too-little-data':
      return judgedCount === 0
        ? { id: 'relationship.tooEarly.none' }
        : { id: 'relationship.tooEarly.some', params: { count: judgedCount } };
    case 'they-take':
      return theyTookMore * 2 > count
        ? { id: 'relationship.theyTake.calls', params: { taken: theyTookMore, count } }
        : {
            id: 'relationship.theyTake.points',
            params: { count, points: pointsOf(recentExchange) },
          };
    case 'they-give':
      return iTookMore * 2 > count
        ? { id: 'relationship.theyGive.calls', params: { taken: iTookMore, count } }
        : {
            id: 'relationship.theyGive.points',
            params: { count, points: pointsOf(recentExchange) },
          };
    case 'balanced':
      return { id: 'relationship.balanced', params: { balanced, count } };
    case 'mixed': {
      // Only the counts that are not zero: "you got more in 0" says nothing.
      const parts: Message[] = [
        ...(theyTookMore > 0
          ? [{ id: 'relationship.mixed.theyGotMore', params: { count: theyTookMore } } as const]
          : []),
        ...(iTookMore > 0
          ? [{ id: 'relationship.mixed.youGotMore', params: { count: iTookMore } } as const]
          : []),
        ...(balanced > 0
          ? [{ id: 'relationship.mixed.balanced', params: { count: balanced } } as const]
          : []),
      ];
      return { id: 'relationship.mixed', params: { count, parts, reason: mixedReason(input) } };
    }
  }
}
