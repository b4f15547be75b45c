import { AlertTriangle } from 'lucide-react';
import { formatPoints, type Summary } from '../../lib/domain/reciprocity';
import { SIDE_LABELS } from '../../lib/domain/model';
import { VerdictChip } from '../ui/verdict-chip';
import { FlagQuotes } from '../ui/quotes/flag-quotes';
import type { Moment } from '../../lib/domain/model';

/** The verdict, why, and each flag with a way to see the moments behind it. */
export function SummaryCard({
  summary,
  highlighted,
  onShowMoments,
  moments = [],
}: {
  summary: Summary;
  /** The call's moments: a flag shown in the timeline shows their quotes as its evidence. */
  moments?: readonly Moment[];
  highlighted: string | null;
  /** The flag whose moments to highlight in the timeline, or null for none. */
  onShowMoments: (flagKey: string | null) => void;
}) {
  return (
    <section className="summary-card" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="summary-headline">
        <VerdictChip verdict={summary.verdict} />
      </h2>
      <p className="explanation">{summary.explanation}</p>
      <table className="give-take">
        <caption className="visually-hidden">Give and take per side, in points</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Gave</th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          {(['them', 'me'] as const).map((side) => (
            <tr key={side}>
              <th scope="row">{SIDE_LABELS[side]}</th>
              <td>{formatPoints(summary.give[side])}</td>
              <td>{formatPoints(summary.take[side])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.flags.length > 0 ? (
        <ul className="flags" aria-label="Red flags">
          {summary.flags.map((flag) => {
            const key = `${flag.side}:${flag.id}`;
            const active = highlighted === key;
            return (
              <li key={key} className={`flag flag-${flag.side}`}>
                <AlertTriangle size={14} aria-hidden="true" />
                <span>{flag.message}</span>
                {flag.momentIds.length > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={active}
                    onClick={() => onShowMoments(active ? null : key)}
                  >
                    {active ? 'Hide' : 'Show moments'}
                  </button>
                ) : null}
                {active ? <FlagQuotes momentIds={flag.momentIds} moments={moments} /> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
