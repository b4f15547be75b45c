import { AlertTriangle } from 'lucide-react';
import type { Summary } from '../../lib/domain/reciprocity';
import { SIDE_LABELS } from '../ui/side-label';
import { VerdictChip } from '../ui/verdict-chip';

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The verdict, why, and each flag with a way to see the moments behind it. */
export function SummaryCard({
  summary,
  highlighted,
  onShowMoments,
}: {
  summary: Summary;
  highlighted: string | null;
  onShowMoments: (flagKey: string | null, momentIds: string[]) => void;
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
              <td>{points(summary.give[side])}</td>
              <td>{points(summary.take[side])}</td>
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
                    onClick={() => onShowMoments(active ? null : key, active ? [] : flag.momentIds)}
                  >
                    {active ? 'Hide' : 'Show moments'}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
