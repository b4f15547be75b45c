import { useId } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import type { SeriesPoint } from '../../lib/domain/give-take-series';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import type { Side } from '../../lib/domain/model';
import { pointParams } from '../../lib/domain/reciprocity';
import { stepPath } from './step-path';
import '../ui/chart.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

// The plot's own units. It is stretched to the figure's width (preserveAspectRatio="none")
// with strokes that do not scale, and its labels are HTML beside it: text inside a viewBox
// grows and shrinks with the width (9 px in the panel, 24 px on a wide page).
const WIDTH = 320;
const HEIGHT = 120;
// Room for half a stroke at the top, so the highest line is not cut in half.
const PAD_TOP = 2;

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
  const t = useT();
  const last = series[series.length - 1];
  if (!last || series.length < 2) return null;
  const maxY = Math.max(1, last.give.them, last.take.them, last.give.me, last.take.me);
  const maxX = Math.max(1, durationMs, last.offsetMs);
  const x = (ms: number) => (ms / maxX) * WIDTH;
  const y = (v: number) => HEIGHT - (v / maxY) * (HEIGHT - PAD_TOP);
  const path = ({ side, measure }: Line) =>
    stepPath(
      series.map((p) => [x(p.offsetMs), y(p[measure][side])] as const),
      x(maxX),
    );
  // In words, how it unfolded: where things stood halfway through, and at the end.
  const totals = (p: SeriesPoint): string => t('review.chart.totals', pointParams(p.give, p.take));
  const halfway = series.findLast((p) => p.offsetMs <= maxX / 2) ?? series[0];
  const description = `${halfway ? t('review.chart.halfway', { offset: formatOffset(maxX / 2), totals: totals(halfway) }) : ''}${t('review.chart.end', { totals: totals(last) })}`;

  return (
    <figure className="chart">
      <div className="chart-plot">
        <div className="chart-y-ticks" aria-hidden="true">
          <span className="tick">{maxY}</span>
          <span className="tick">0</span>
        </div>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-labelledby={`${ids}-title`}
          aria-describedby={`${ids}-desc`}
        >
          <title id={`${ids}-title`}>{t('review.chart.title')}</title>
          <desc id={`${ids}-desc`}>{description}</desc>
          <line className="axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
          <line className="axis" x1={0} x2={0} y1={0} y2={HEIGHT} />
          {LINES.map((line) => (
            <path
              key={`${line.side}-${line.measure}`}
              className={`series series-${line.side} series-${line.measure}`}
              d={path(line)}
            />
          ))}
        </svg>
        <div className="chart-x-ticks" aria-hidden="true">
          <span className="tick">0:00</span>
          <span className="tick">{formatOffset(maxX)}</span>
        </div>
      </div>
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
            {t(line.measure === 'give' ? 'review.chart.gave' : 'review.chart.took', {
              side: t(SIDE_LABEL_IDS[line.side]),
            })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
