import { Check, X } from 'lucide-react';
import { memo, useCallback, useRef } from 'react';
import { followUpKind, isOpenFollowUp } from '../../lib/domain/follow-up';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../app-context/settings-context';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { type Moment } from '../../lib/domain/model';
import type { MomentChanges } from '../../lib/db/moments-repository';
import { useFollowUpActions } from '../ui/follow-up/use-follow-up-actions';
import { ErrorBanner } from '../ui/error-banner';
import '../ui/moment-row.css';
import { useT } from '../app-context/i18n-context';

type OnChange = (moment: Moment, changes: MomentChanges) => void;

/** What an item shows: the live query's re-read brings equal moments as new objects. */
function sameItem(a: { ask: Moment; onChange: OnChange }, b: { ask: Moment; onChange: OnChange }) {
  const [x, y] = [a.ask, b.ask];
  return (
    a.onChange === b.onChange &&
    (x === y ||
      (x.id === y.id &&
        x.callId === y.callId &&
        x.offsetMs === y.offsetMs &&
        x.side === y.side &&
        x.kind === y.kind &&
        x.note === y.note))
  );
}

// Memoised: each tag re-renders the list, and an ask's icons need not be built again.
const OpenAsk = memo(function OpenAsk({ ask, onChange }: { ask: Moment; onChange: OnChange }) {
  const kindById = useKindOf();
  const t = useT();
  const text = ask.note || kindById(ask.kind).label;
  return (
    <li className="follow-up-item">
      <span className="offset">{formatOffset(ask.offsetMs)}</span>
      <span className={`side-chip side-${ask.side}`}>{t(SIDE_LABEL_IDS[ask.side])}</span>
      <span className="follow-up-text">{text}</span>
      <span className="follow-up-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('live.asks.markAnswered', { text })}
          title={t('live.asks.answered')}
          onClick={() => onChange(ask, { state: 'answered' })}
        >
          <Check size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('live.asks.markDeclined', { text })}
          title={t('live.asks.declined')}
          onClick={() => onChange(ask, { state: 'declined' })}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </span>
    </li>
  );
}, sameItem);

/** Asks still open in this call, so they can be answered before hanging up. */
export const OpenAsks = memo(function OpenAsks({ moments }: { moments: readonly Moment[] }) {
  const { change, error, clearError } = useFollowUpActions();
  const t = useT();
  // Stable, so that the memoised items skip renders; it always calls the current `change`.
  const latest = useRef(change);
  latest.current = change;
  const onChange = useCallback<OnChange>((m, c) => void latest.current(m, c), []);
  const open = moments
    .filter((m) => followUpKind(m.kind) === 'ask' && isOpenFollowUp(m))
    .sort((a, b) => a.at - b.at);
  if (open.length === 0) return null;
  return (
    <section className="open-asks" aria-labelledby="open-asks-heading">
      <h2 id="open-asks-heading" className="section-heading">
        {t('live.asks.heading')} <span className="count">{open.length}</span>
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      <ul className="follow-up-list">
        {open.map((m) => (
          <OpenAsk key={m.id} ask={m} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
});
