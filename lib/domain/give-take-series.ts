import type { Side } from './model';
import { kindRule, type SummaryMoment, type SummaryOptions } from './reciprocity';

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
  const give = { them: 0, me: 0 };
  const take = { them: 0, me: 0 };
  const points: SeriesPoint[] = [{ offsetMs: 0, give: { ...give }, take: { ...take } }];
  for (const m of sorted) {
    const rule = kindRule(m.kind, options);
    const value = rule.points * (m.weight ?? 1);
    if (rule.classification === 'give') give[m.side] += value;
    else if (rule.classification === 'take') take[m.side] += value;
    else continue;
    points.push({ offsetMs: m.offsetMs, give: { ...give }, take: { ...take } });
  }
  return points;
}
