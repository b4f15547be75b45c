import { formatOffset } from '../../../lib/domain/format-time';
import type { Moment } from '../../../lib/domain/model';
import { QuoteView } from './quote-view';
import { useT } from '../../app-context/i18n-context';

/** A flag's evidence in the words said: the quotes of its moments, each at its time. */
export function FlagQuotes({
  momentIds,
  moments,
  limit,
}: {
  momentIds: readonly string[];
  moments: readonly Moment[];
  /** The newest this many only (the live panel's room), all when absent. */
  limit?: number;
}) {
  const t = useT();
  const ids = new Set(momentIds);
  const quoted = moments.filter((m) => ids.has(m.id) && m.quote && m.quote.length > 0);
  const shown = limit === undefined ? quoted : quoted.slice(-limit);
  if (shown.length === 0) return null;
  return (
    <ul className="flag-quotes" aria-label={t('quotes.flagQuotes.label')}>
      {shown.map((m) => (
        <li key={m.id}>
          <span className="offset">{formatOffset(m.offsetMs)}</span>
          <QuoteView quote={m.quote ?? []} />
        </li>
      ))}
    </ul>
  );
}
