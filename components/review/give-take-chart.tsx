import { useId } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import type { SeriesPoint } from '../../lib/domain/give-take-series';
import type { Side } from '../../lib/domain/model';
import { formatPoints } from '../../lib/domain/reciprocity';
import { SIDE_LABELS } from '../ui/side-label';
import { stepPath } from './step-path';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 26, right: 8, top: 8, bottom: 20 };

type Line = { side: Side; measure: 'give' | 'take' };
const LINES: readonly Line[] = [
  { side: 'them', measure: 'give' },
  { side: 'them', measure: 'take' },
  { side: 'me', measure: 'give' },
  { side: 'me', measure: 'take' },
];

/** Cumulative give and take per side over the call: how the exchange unfolded. */
export function GiveTakeChart({
  series,
  durationMs,
}: {
  series: SeriesPoint[];
  durationMs: number;
}) {
  const ids = useId();
  const last = series[series.length - 1];
  if (!last || series.length < 2) return null;
  const maxY = Math.max(1, last.give.them, last.take.them, last.give.me, last.take.me);
  const maxX = Math.max(1, durationMs, last.offsetMs);
  const x = (ms: number) => PAD.left + (ms / maxX) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / maxY) * (HEIGHT - PAD.top - PAD.bottom);
  const path = ({ side, measure }: Line) =>
    stepPath(
      series.map((p) => [x(p.offsetMs), y(p[measure][side])] as const),
      x(maxX),
    );
  // In words, how it unfolded: where things stood halfway through, and at the end.
  const totals = (p: SeriesPoint): string =>
    `they had given ${formatPoints(p.give.them)} and taken ${formatPoints(p.take.them)}; you had given ${formatPoints(p.give.me)} and taken ${formatPoints(p.take.me)}`;
  const halfway = series.findLast((p) => p.offsetMs <= maxX / 2) ?? series[0];
  const description = `${halfway ? `Halfway through (${formatOffset(maxX / 2)}), ${totals(halfway)}. ` : ''}By the end, ${totals(last)}.`;

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-desc`}
      >
        <title id={`${ids}-title`}>Cumulative give and take per side over the call</title>
        <desc id={`${ids}-desc`}>{description}</desc>
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} />
        <text className="tick" x={PAD.left - 4} y={y(maxY) + 4} textAnchor="end">
          {maxY}
        </text>
        <text className="tick" x={PAD.left - 4} y={y(0)} textAnchor="end">
          0
        </text>
        <text className="tick" x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
          {formatOffset(maxX)}
        </text>
        {LINES.map((line) => (
          <path
            key={`${line.side}-${line.measure}`}
            className={`series series-${line.side} series-${line.measure}`}
            d={path(line)}
          />
        ))}
      </svg>
      <figcaption className="chart-legend">
        {LINES.map((line) => (
          <span key={`${line.side}-${line.measure}`} className="legend-item">
            <svg width="18" height="8" aria-hidden="true">
              <line
                className={`series series-${line.side} series-${line.measure}`}
                x1="0"
                x2="18"
                y1="4"
                y2="4"
              />
            </svg>
            {SIDE_LABELS[line.side]} {line.measure === 'give' ? 'gave' : 'took'}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
