import { countOpen, followUpKind, isOpenFollowUp } from './follow-up';
import type { CallTally, Moment, Side } from './model';
import {
  kindRule,
  scaledPoints,
  scoreExchange,
  SCALE,
  summarize,
  type ExchangeTotals,
  type SummaryOptions,
} from './reciprocity';

export function emptyTally(): CallTally {
  return {
    counts: { them: {}, me: {} },
    give: { them: 0, me: 0 },
    take: { them: 0, me: 0 },
    balance: 0,
    verdict: 'too-little-data',
    total: 0,
    openAsks: { them: 0, me: 0 },
    openCommitments: { them: 0, me: 0 },
  };
}

/** The denormalised per-call figures the history list shows without reading moments. */
export function computeTally(
  moments: ReadonlyArray<Pick<Moment, 'id' | 'side' | 'kind' | 'offsetMs' | 'weight' | 'state'>>,
  options?: SummaryOptions,
): CallTally {
  const counts: Record<Side, Record<string, number>> = { them: {}, me: {} };
  for (const m of moments) {
    const bySide = counts[m.side];
    bySide[m.kind] = (bySide[m.kind] ?? 0) + 1;
  }
  const summary = summarize(moments, options);
  const open = countOpen(moments);
  return {
    counts,
    give: summary.give,
    take: summary.take,
    balance: summary.balance,
    verdict: summary.verdict,
    total: moments.length,
    openAsks: open.asks,
    openCommitments: open.commitments,
  };
}

/**
 * One side's exchange as a tally holds it: its sums (in the thousandths summarize keeps) and,
 * from its counts per kind, how many of its moments gave or took under `options`.
 */
function sideTotals(
  tally: Pick<CallTally, 'give' | 'take'>,
  counts: Record<string, number>,
  side: Side,
  options?: SummaryOptions,
): ExchangeTotals {
  const sums: ExchangeTotals = {
    give: Math.round(tally.give[side] * SCALE),
    take: Math.round(tally.take[side] * SCALE),
    giveCount: 0,
    takeCount: 0,
  };
  for (const [kind, n] of Object.entries(counts)) {
    const { classification, points } = kindRule(kind, options);
    // As in summarize: a kind worth nothing is not an exchange.
    if (points === 0) continue;
    if (classification === 'give') sums.giveCount += n;
    else if (classification === 'take') sums.takeCount += n;
  }
  return sums;
}

/**
 * The tally after adding one moment: exactly `computeTally` of all the call's moments, as
 * long as `tally` was (a property test holds it to that), without reading them. Points are
 * kept in integer thousandths, as `summarize` sums them, so nothing drifts.
 */
export function addToTally(
  tally: CallTally,
  moment: Pick<Moment, 'side' | 'kind' | 'weight' | 'state'>,
  options?: SummaryOptions,
): CallTally {
  const counts: Record<Side, Record<string, number>> = {
    them: { ...tally.counts.them },
    me: { ...tally.counts.me },
  };
  counts[moment.side][moment.kind] = (counts[moment.side][moment.kind] ?? 0) + 1;
  const sides = {
    them: sideTotals(tally, counts.them, 'them', options),
    me: sideTotals(tally, counts.me, 'me', options),
  };
  const rule = kindRule(moment.kind, options);
  if (rule.classification === 'give') sides[moment.side].give += scaledPoints(rule, moment.weight);
  if (rule.classification === 'take') sides[moment.side].take += scaledPoints(rule, moment.weight);
  const score = scoreExchange(sides);
  const openAsks = { ...tally.openAsks };
  const openCommitments = { ...tally.openCommitments };
  if (isOpenFollowUp(moment)) {
    if (followUpKind(moment.kind) === 'ask') openAsks[moment.side] += 1;
    else openCommitments[moment.side] += 1;
  }
  return {
    counts,
    give: score.give,
    take: score.take,
    balance: score.balance,
    verdict: score.verdict,
    total: tally.total + 1,
    openAsks,
    openCommitments,
  };
}

/**
 * The tally scored again under the current rules from its own counts and sums, without the
 * call's moments: what a full recount gives when the rules changed but not how many points
 * a kind is worth (a property test holds it to that).
 */
export function rescoreTally(tally: CallTally, options?: SummaryOptions): CallTally {
  const score = scoreExchange({
    them: sideTotals(tally, tally.counts.them, 'them', options),
    me: sideTotals(tally, tally.counts.me, 'me', options),
  });
  const { give, take, balance, verdict } = score;
  return { ...tally, give, take, balance, verdict };
}
