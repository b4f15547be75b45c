import type { Side } from './model';
import {
  kindRule,
  scaledPoints,
  SCALE,
  type SummaryMoment,
  type SummaryOptions,
} from './reciprocity';

export interface SeriesPoint {
  offsetMs: number;
  give: Record<Side, number>;
  take: Record<Side, number>;
}

/**
 * Cumulative give and take per side after each give-or-take moment, in time order,
 * starting from zero at the call's start: the data behind the call's chart.
 */
export function giveTakeSeries(
  moments: ReadonlyArray<SummaryMoment>,
  options?: SummaryOptions,
): SeriesPoint[] {
  const sorted = [...moments].sort(
    (a, b) => a.offsetMs - b.offsetMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Summed in thousandths, as summarize() sums them, so the chart's totals are its totals.
  const give = { them: 0, me: 0 };
  const take = { them: 0, me: 0 };
  const point = (offsetMs: number): SeriesPoint => ({
    offsetMs,
    give: { them: give.them / SCALE, me: give.me / SCALE },
    take: { them: take.them / SCALE, me: take.me / SCALE },
  });
  const points: SeriesPoint[] = [point(0)];
  for (const m of sorted) {
    const rule = kindRule(m.kind, options);
    const value = scaledPoints(rule, m.weight);
    if (value === 0) continue;
    if (rule.classification === 'give') give[m.side] += value;
    else if (rule.classification === 'take') take[m.side] += value;
    else continue;
    points.push(point(m.offsetMs));
  }
  return points;
}
