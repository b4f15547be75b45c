import { AlertTriangle } from 'lucide-react';
import type { Summary } from '../../lib/domain/reciprocity';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { VerdictChip } from '../ui/verdict-chip';
import { useT, useTranslateMessage, useFormatNumber } from '../app-context/i18n-context';
import { FlagQuotes } from '../ui/quotes/flag-quotes';
import type { Moment } from '../../lib/domain/model';
import '../../lib/domain/i18n/messages-en-review';

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
  const t = useT();
  const tm = useTranslateMessage();
  const number = useFormatNumber();
  return (
    <section className="summary-card" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="summary-headline">
        <VerdictChip verdict={summary.verdict} />
      </h2>
      <p className="explanation">{tm(summary.explanationMessage)}</p>
      <table className="give-take">
        <caption className="visually-hidden">{t('review.summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('review.summary.gave')}</th>
            <th scope="col">{t('review.summary.took')}</th>
          </tr>
        </thead>
        <tbody>
          {(['them', 'me'] as const).map((side) => (
            <tr key={side}>
              <th scope="row">{t(SIDE_LABEL_IDS[side])}</th>
              <td>{number(summary.give[side])}</td>
              <td>{number(summary.take[side])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.flags.length > 0 ? (
        <ul className="flags" aria-label={t('review.summary.flags')}>
          {summary.flags.map((flag) => {
            const key = `${flag.side}:${flag.id}`;
            const active = highlighted === key;
            return (
              <li key={key} className={`flag flag-${flag.side}`}>
                <AlertTriangle size={14} aria-hidden="true" />
                <span>{tm(flag.text)}</span>
                {flag.momentIds.length > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={active}
                    onClick={() => onShowMoments(active ? null : key)}
                  >
                    {t(active ? 'review.summary.hide' : 'review.summary.show')}
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
