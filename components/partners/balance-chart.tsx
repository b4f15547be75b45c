import type { LedgerPoint } from '../../lib/domain/relationship';
import { VERDICT_LABELS } from '../../lib/domain/verdict-labels';

const WIDTH = 560;
const HEIGHT = 150;
const PAD = { left: 30, right: 8, top: 10, bottom: 18 };
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** Each call's balance over time: bars above the line when you took more, below when they did. */
export function BalanceChart({
  series,
  sentence,
}: {
  series: readonly LedgerPoint[];
  sentence: string;
}) {
  if (series.length === 0) return null;
  const first = series[0]?.startedAt ?? 0;
  const last = series.at(-1)?.startedAt ?? first;
  const span = Math.max(1, last - first);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const barWidth = Math.max(2, Math.min(14, innerWidth / series.length - 1));
  const x = (t: number) => PAD.left + ((t - first) / span) * (innerWidth - barWidth);
  const mid = PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2;
  const half = (HEIGHT - PAD.top - PAD.bottom) / 2;
  return (
    <figure className="chart balance-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Balance per call, ${series.length} calls. ${sentence}`}
      >
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={mid} y2={mid} />
        <text className="tick" x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          you
        </text>
        <text className="tick" x={PAD.left - 4} y={HEIGHT - PAD.bottom} textAnchor="end">
          they
        </text>
        <text className="tick" x={PAD.left} y={HEIGHT - 4}>
          {dayFormat.format(first)}
        </text>
        <text className="tick" x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
          {dayFormat.format(last)}
        </text>
        {series.map((p) => {
          // Positive balance = you took more, drawn up; negative = they took more, drawn down.
          const h = Math.max(1, Math.abs(p.balance) * half);
          return (
            <rect
              key={p.callId}
              className={`bar ${p.balance < 0 ? 'bar-them' : 'bar-me'}${p.verdict === 'too-little-data' ? ' bar-faint' : ''}`}
              x={x(p.startedAt)}
              y={p.balance < 0 ? mid : mid - h}
              width={barWidth}
              height={h}
            >
              <title>{`${dayFormat.format(p.startedAt)}: ${VERDICT_LABELS[p.verdict]}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item">
          <span className="swatch bar-them" aria-hidden="true" /> They got more
        </span>
        <span className="legend-item">
          <span className="swatch bar-me" aria-hidden="true" /> You got more
        </span>
      </figcaption>
    </figure>
  );
}
