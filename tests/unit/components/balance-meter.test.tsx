import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BalanceMeter } from '../../../components/live/balance-meter';
import type { Side } from '../../../lib/domain/model';
import { summarize, type SummaryMoment } from '../../../lib/domain/reciprocity';

let seq = 0;
function moments(side: Side, kind: string, n: number): SummaryMoment[] {
  return Array.from({ length: n }, () => {
    seq += 1;
    return { id: `m${seq}`, side, kind, offsetMs: seq * 1000, weight: 1 as const };
  });
}

function renderMeter(list: SummaryMoment[]) {
  const summary = summarize(list);
  render(<BalanceMeter summary={summary} flags={summary.flags} />);
  return { summary, region: screen.getByRole('region', { name: 'Reciprocity so far' }) };
}

describe('the live balance meter', () => {
  test('a verdict that names who gets more is not said a second time beside it', () => {
    const { summary, region } = renderMeter([
      ...moments('them', 'request', 4),
      ...moments('them', 'value', 1),
      ...moments('me', 'value', 2),
    ]);
    expect(summary.verdict).toBe('they-took-more');
    expect(within(region).queryByText(/getting/)).toBeNull();
    // The information is kept: the chip names the side, the meter's text has the lead.
    expect(region.querySelector('.verdict-chip')).toHaveTextContent(/they/i);
    expect(screen.getByRole('meter', { name: 'Balance' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^They are getting more\./),
    );
  });

  test('beside "Balanced" or "Too little data", the caption says which way it leans', () => {
    const few = renderMeter(moments('them', 'request', 2));
    expect(few.summary.verdict).toBe('too-little-data');
    expect(within(few.region).getByText('They are getting more')).toBeInTheDocument();
    cleanup();
    const close = renderMeter([
      ...moments('them', 'value', 1),
      ...moments('them', 'request', 1),
      ...moments('me', 'request', 1),
      ...moments('them', 'appreciation', 1),
      ...moments('me', 'value', 2),
    ]);
    expect(close.summary.verdict).toBe('balanced');
    expect(within(close.region).getByText(/getting slightly more/)).toBeInTheDocument();
  });

  test('the scale and the figures speak in one voice: they and you, as the verdicts do', () => {
    const { region } = renderMeter([
      ...moments('them', 'request', 2),
      ...moments('me', 'value', 1),
    ]);
    expect(region).toHaveTextContent('They take');
    expect(region).toHaveTextContent('You take');
    expect(region.querySelector('.meter-numbers')).toHaveTextContent(
      'They gave 0 · took 2 — You gave 1 · took 0',
    );
  });

  test('flags beyond the two shown are counted as listed on the call’s page, not promised later', () => {
    const { summary, region } = renderMeter([
      ...moments('them', 'proprietary', 1),
      ...moments('them', 'evasive', 1),
      ...moments('them', 'dismissive', 1),
      ...moments('them', 'overpromise', 1),
    ]);
    const list = within(region).getByRole('list', { name: 'Red flags so far' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const hidden = summary.flags.length - 2;
    expect(items[2]).toHaveTextContent(
      `+${hidden} more red ${hidden === 1 ? 'flag' : 'flags'} — all are listed on the call’s page`,
    );
    expect(list).not.toHaveTextContent(/after the call/);
  });
});
