import type { Message } from './i18n/translate';
import type { Call, Side, Verdict } from './model';
import { relationshipSentence } from './relationship-sentence';
import {
  countRecent,
  DEFAULT_RECENT,
  isJudged,
  relationshipTrend,
  TREND_MIN_JUDGED,
  type RecentCounts,
  type RelationshipTrend,
} from './relationship-trend';

export type LedgerCall = Pick<Call, 'id' | 'startedAt' | 'endedAt' | 'tally'>;

export interface LedgerOptions {
  /** How many of the latest judged calls the trend reads; at least 2, default 5. */
  recent?: number;
}

export interface LedgerPoint {
  callId: string;
  startedAt: number;
  balance: number;
  verdict: Verdict;
  /** Still in progress: its verdict may change. */
  live: boolean;
}

/** What each side gave and took in a run of calls, with the balance of those sums. */
export interface Exchange {
  give: Record<Side, number>;
  take: Record<Side, number>;
  balance: number;
}

export interface RelationshipLedger {
  callCount: number;
  /** Calls whose verdict is not too-little-data. */
  judgedCount: number;
  give: Record<Side, number>;
  take: Record<Side, number>;
  balance: number;
  /** One point per call, oldest first. */
  series: LedgerPoint[];
  recent: RecentCounts;
  /** The recent calls' points summed: how big their imbalances were, not only how many. */
  recentExchange: Exchange;
  trend: RelationshipTrend;
  /** The trend in one plain sentence with its numbers. */
  sentence: Message;
  openAsks: Record<Side, number>;
  openCommitments: Record<Side, number>;
}

/** Tallies hold points to at most thousandths; integer sums are independent of order. */
const SCALE = 1000;

type Totals = Record<'give' | 'take' | 'openAsks' | 'openCommitments', Record<Side, number>>;

function scaled(points: number): number {
  return Math.round(points * SCALE);
}

/**
 * The call summary's balance (see summarize() in reciprocity.ts, which keeps it private)
 * applied to give and take summed over calls: net give of them minus net give of me,
 * over everything given and taken, so it lies in [−1, 1] and is negative when they took
 * more than they gave relative to you. Inputs are in thousandths so that mirrored
 * totals give exactly the negated balance.
 */
function balanceOf(give: Record<Side, number>, take: Record<Side, number>): number {
  const total = give.them + take.them + give.me + take.me;
  if (total === 0) return 0;
  const balance = (give.them - take.them - (give.me - take.me)) / total;
  return balance === 0 ? 0 : balance;
}

function unscale(r: Record<Side, number>): Record<Side, number> {
  return { them: r.them / SCALE, me: r.me / SCALE };
}

function byStartThenId(a: LedgerCall, b: LedgerCall): number {
  return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function recentWindow(recent: number | undefined): number {
  if (recent === undefined || !Number.isFinite(recent)) return DEFAULT_RECENT;
  return Math.max(TREND_MIN_JUDGED, Math.floor(recent));
}

function sumTallies(calls: readonly LedgerCall[]): Totals {
  const totals: Totals = {
    give: { them: 0, me: 0 },
    take: { them: 0, me: 0 },
    openAsks: { them: 0, me: 0 },
    openCommitments: { them: 0, me: 0 },
  };
  for (const { tally } of calls) {
    for (const side of ['them', 'me'] as const) {
      totals.give[side] += scaled(tally.give[side]);
      totals.take[side] += scaled(tally.take[side]);
      totals.openAsks[side] += tally.openAsks[side];
      totals.openCommitments[side] += tally.openCommitments[side];
    }
  }
  return totals;
}

/**
 * Everything the partner page says about a relationship, from the calls' denormalised
 * tallies only (never their moments). Pure and independent of the order of its input.
 */
export function relationshipLedger(
  calls: readonly LedgerCall[],
  options?: LedgerOptions,
): RelationshipLedger {
  const sorted = [...calls].sort(byStartThenId);
  const totals = sumTallies(sorted);
  const balance = balanceOf(totals.give, totals.take);
  const judged = sorted.filter((c) => isJudged(c.tally.verdict));
  const window = judged.slice(-recentWindow(options?.recent));
  const recent = countRecent(window.map((c) => c.tally.verdict));
  const recentTotals = sumTallies(window);
  const recentExchange: Exchange = {
    give: unscale(recentTotals.give),
    take: unscale(recentTotals.take),
    balance: balanceOf(recentTotals.give, recentTotals.take),
  };
  const trend = relationshipTrend(recent, judged.length, balance, recentExchange.balance);

  return {
    callCount: sorted.length,
    judgedCount: judged.length,
    give: unscale(totals.give),
    take: unscale(totals.take),
    balance,
    series: sorted.map((c) => ({
      callId: c.id,
      startedAt: c.startedAt,
      balance: c.tally.balance,
      verdict: c.tally.verdict,
      live: c.endedAt === null,
    })),
    recent,
    recentExchange,
    trend,
    sentence: relationshipSentence({
      callCount: sorted.length,
      judgedCount: judged.length,
      recent,
      recentExchange,
      balance,
      trend,
    }),
    openAsks: totals.openAsks,
    openCommitments: totals.openCommitments,
  };
}
