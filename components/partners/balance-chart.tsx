import type { LedgerPoint } from '../../lib/domain/relationship';
import '../ui/chart.css';
import { VERDICT_LABEL_IDS } from '../../lib/domain/verdict-labels';
import { useDateLocale, useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

const WIDTH = 560;
const HEIGHT = 120;
const PAD = { x: 4, y: 6 };
const dayFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

/**
 * The dates under the chart: the first and the last call's, or one date when they fall on
 * the same day (a partner with one call has one date, not the same one twice).
 */
export function chartDates(series: readonly LedgerPoint[], locale?: string): string[] {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return [];
  const format = dayFormat(locale);
  const from = format.format(first.startedAt);
  const to = format.format(last.startedAt);
  return from === to ? [from] : [from, to];
}

/**
 * Each call's balance over time: bars above the line when you took more, below when they did.
 * The SVG holds only the bars and scales to the page's width; its labels are HTML around it,
 * so they keep the page's text size in a narrow panel and on a wide screen alike.
 */
export function BalanceChart({
  series,
  sentence,
}: {
  series: readonly LedgerPoint[];
  sentence: string;
}) {
  const t = useT();
  const dateLocale = useDateLocale();
  if (series.length === 0) return null;
  const days = dayFormat(dateLocale);
  const dates = chartDates(series, dateLocale);
  const first = series[0]?.startedAt ?? 0;
  const last = series.at(-1)?.startedAt ?? first;
  const innerWidth = WIDTH - 2 * PAD.x;
  const barWidth = Math.max(2, Math.min(14, innerWidth / series.length - 1));
  // One day of calls has no span to spread over: its bar stands in the middle.
  const x = (t: number) =>
    last === first
      ? WIDTH / 2 - barWidth / 2
      : PAD.x + ((t - first) / (last - first)) * (innerWidth - barWidth);
  const half = HEIGHT / 2 - PAD.y;
  const mid = HEIGHT / 2;
  return (
    <figure className="chart balance-chart">
      <div className="balance-chart-plot">
        <span className="balance-chart-side" aria-hidden="true">
          <span>{t('partners.chart.you')}</span>
          <span>{t('partners.chart.they')}</span>
        </span>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          // Stretched to the plot's width at a fixed height: bars may widen, text has none.
          preserveAspectRatio="none"
          role="img"
          aria-label={t('partners.chart.label', { count: series.length, sentence })}
        >
          <line
            className="axis"
            x1={0}
            x2={WIDTH}
            y1={mid}
            y2={mid}
            vectorEffect="non-scaling-stroke"
          />
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
                <title>
                  {t('partners.chart.bar', {
                    day: days.format(p.startedAt),
                    verdict: t(VERDICT_LABEL_IDS[p.verdict]),
                  })}
                </title>
              </rect>
            );
          })}
        </svg>
      </div>
      <div className={`balance-chart-dates${dates.length === 1 ? ' one-date' : ''}`}>
        {dates.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ChartLegend />
    </figure>
  );
}

function ChartLegend() {
  const t = useT();
  return (
    <figcaption className="chart-legend">
      <span className="legend-item">
        <span className="swatch bar-them" aria-hidden="true" /> {t('partners.chart.theyGotMore')}
      </span>
      <span className="legend-item">
        <span className="swatch bar-me" aria-hidden="true" /> {t('partners.chart.youGotMore')}
      </span>
    </figcaption>
  );
}
