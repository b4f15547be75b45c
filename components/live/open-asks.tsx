import { Check, X } from 'lucide-react';
import { memo } from 'react';
import { followUpKind, isOpenFollowUp } from '../../lib/domain/follow-up';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../shell/settings-context';
import type { Moment } from '../../lib/domain/model';
import { useFollowUpActions } from '../follow-up/use-follow-up-actions';
import { ErrorBanner } from '../ui/error-banner';
import { SIDE_LABELS } from '../ui/side-label';

/** Asks still open in this call, so they can be answered before hanging up. */
export const OpenAsks = memo(function OpenAsks({ moments }: { moments: readonly Moment[] }) {
  const kindById = useKindOf();
  const { change, error, clearError } = useFollowUpActions();
  const open = moments
    .filter((m) => followUpKind(m.kind) === 'ask' && isOpenFollowUp(m))
    .sort((a, b) => a.at - b.at);
  if (open.length === 0) return null;
  return (
    <section className="open-asks" aria-labelledby="open-asks-heading">
      <h2 id="open-asks-heading" className="section-heading">
        Open asks <span className="count">{open.length}</span>
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      <ul className="follow-up-list">
        {open.map((m) => (
          <li key={m.id} className="follow-up-item">
            <span className="offset">{formatOffset(m.offsetMs)}</span>
            <span className={`side-chip side-${m.side}`}>{SIDE_LABELS[m.side]}</span>
            <span className="follow-up-text">{m.note || kindById(m.kind).label}</span>
            <span className="follow-up-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Mark answered: ${m.note || kindById(m.kind).label}`}
                title="Answered"
                onClick={() => void change(m, { state: 'answered' })}
              >
                <Check size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Mark declined: ${m.note || kindById(m.kind).label}`}
                title="Declined"
                onClick={() => void change(m, { state: 'declined' })}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
