import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BalanceChart, chartDates } from '../../../components/partners/balance-chart';
import type { LedgerPoint } from '../../../lib/domain/relationship';

const DAY = 86_400_000;
function point(i: number, startedAt: number, balance = -0.5): LedgerPoint {
  return { callId: `c${i}`, startedAt, balance, verdict: 'they-took-more', live: false };
}
const JAN_5 = Date.UTC(2026, 0, 5, 14);

describe('BalanceChart', () => {
  test('a partner with one call shows its date once, not the same date twice', () => {
    const { container } = render(<BalanceChart series={[point(0, JAN_5)]} sentence="S." />);
    expect(screen.getAllByText('Jan 5, 2026')).toHaveLength(1);
    expect(container.querySelector('.balance-chart-dates')).toHaveTextContent(/^Jan 5, 2026$/);
    expect(screen.getByRole('img', { name: 'Balance per call, 1 call. S.' })).toBeInTheDocument();
  });

  test('calls on different days show the first and the last date', () => {
    const series = [point(0, JAN_5), point(1, JAN_5 + 3 * DAY), point(2, JAN_5 + 40 * DAY)];
    expect(chartDates(series)).toEqual(['Jan 5, 2026', 'Feb 14, 2026']);
    render(<BalanceChart series={series} sentence="S." />);
    expect(screen.getByText('Jan 5, 2026')).toBeInTheDocument();
    expect(screen.getByText('Feb 14, 2026')).toBeInTheDocument();
  });

  test('two calls on one day show that day once', () => {
    expect(chartDates([point(0, JAN_5), point(1, JAN_5 + 3_600_000)])).toEqual(['Jan 5, 2026']);
  });

  test('its labels are page text, not SVG text that shrinks and grows with the chart', () => {
    const { container } = render(
      <BalanceChart series={[point(0, JAN_5), point(1, JAN_5 + DAY, 0.4)]} sentence="S." />,
    );
    expect(container.querySelectorAll('svg text')).toHaveLength(0);
    expect(screen.getByText('you')).toBeInTheDocument();
    expect(screen.getByText('they')).toBeInTheDocument();
  });
});
