import { RotateCw, X } from 'lucide-react';
import { memo } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../app-context/settings-context';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { type Moment } from '../../lib/domain/model';
import type { PendingTag } from '../../lib/store/tagging-slice';
import { KindIcon } from '../ui/kind-icon';
import '../ui/moment-row.css';
import { useT } from '../app-context/i18n-context';
import { QuoteView } from '../ui/quotes/quote-view';
import { SpeakerSidePrompt } from '../ui/quotes/speaker-side-prompt';
import { useRemoveQuote } from '../ui/quotes/use-remove-quote';

/** What a row shows: a live query's re-read brings equal rows as new objects. */
function sameRow(a: { moment: Moment }, b: { moment: Moment }): boolean {
  const [x, y] = [a.moment, b.moment];
  return (
    x === y ||
    (x.id === y.id &&
      x.offsetMs === y.offsetMs &&
      x.side === y.side &&
      x.kind === y.kind &&
      x.note === y.note &&
      x.quote === y.quote &&
      x.quoteSideDismissed === y.quoteSideDismissed)
  );
}

// Rows are memoised: a new tag renders one row, not the whole call.
const MomentRow = memo(function MomentRow({ moment }: { moment: Moment }) {
  const kindById = useKindOf();
  const t = useT();
  const kind = kindById(moment.kind);
  const removeQuote = useRemoveQuote();
  return (
    <li className="moment-row">
      <span className="offset">{formatOffset(moment.offsetMs)}</span>
      <span className={`side-chip side-${moment.side}`}>{t(SIDE_LABEL_IDS[moment.side])}</span>
      <span className={`kind-chip tone-${kind.tone}`}>
        <KindIcon kind={moment.kind} size={14} />
        {kind.short}
      </span>
      {moment.note ? <span className="moment-note">{moment.note}</span> : null}
      {moment.quote ? (
        <QuoteView quote={moment.quote} onRemove={() => void removeQuote(moment)} />
      ) : null}
      <SpeakerSidePrompt moment={moment} />
    </li>
  );
}, sameRow);

function PendingRow({
  pending,
  onRetry,
  onDiscard,
}: {
  pending: PendingTag;
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const kindById = useKindOf();
  const t = useT();
  const kind = kindById(pending.kind);
  return (
    <li className={`moment-row pending pending-${pending.status}`}>
      <span className="offset">
        {t(pending.status === 'saving' ? 'live.moments.saving' : 'live.moments.notSaved')}
      </span>
      <span className={`side-chip side-${pending.side}`}>{t(SIDE_LABEL_IDS[pending.side])}</span>
      <span className={`kind-chip tone-${kind.tone}`}>
        <KindIcon kind={pending.kind} size={14} />
        {kind.short}
      </span>
      {pending.status === 'failed' ? (
        <span className="pending-error" role="alert">
          {pending.error}
          <button type="button" className="small-button" onClick={() => onRetry(pending.id)}>
            <RotateCw size={14} aria-hidden="true" /> {t('live.moments.retry')}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => onDiscard(pending.id)}
            aria-label={t('live.moments.discard')}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </span>
      ) : null}
    </li>
  );
}

/** The call's moments, newest first, with tags still saving or failed on top. */
export const MomentList = memo(function MomentList({
  moments,
  pending,
  onRetry,
  onDiscard,
}: {
  moments: readonly Moment[];
  pending: readonly PendingTag[];
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const t = useT();
  if (moments.length === 0 && pending.length === 0) {
    return <p className="empty">{t('live.moments.empty')}</p>;
  }
  const newestFirst = [...moments].reverse();
  return (
    <ol className="moment-list" aria-label={t('live.moments.label')}>
      {[...pending].reverse().map((p) => (
        <PendingRow key={p.id} pending={p} onRetry={onRetry} onDiscard={onDiscard} />
      ))}
      {newestFirst.map((m) => (
        <MomentRow key={m.id} moment={m} />
      ))}
    </ol>
  );
});
