import { countOpen } from './follow-up';
import type { CallTally, Moment, Side } from './model';
import { summarize, type SummaryOptions } from './reciprocity';

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
