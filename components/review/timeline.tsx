import { Pencil } from 'lucide-react';
import type { ReactNode, Ref } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../app-context/settings-context';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import type { Moment } from '../../lib/domain/model';
import { KindIcon } from '../ui/kind-icon';
import '../ui/moment-row.css';
import { useT } from '../app-context/i18n-context';
import { QuoteView } from '../ui/quotes/quote-view';
import { SpeakerSidePrompt } from '../ui/quotes/speaker-side-prompt';
import '../../lib/domain/i18n/messages-en-review';

export interface TimelineEditing {
  editingId: string | null;
  onEdit: (momentId: string) => void;
  renderEditor: (moment: Moment) => ReactNode;
}

/** The call's moments in the order they happened; highlighted ones are the evidence asked for. */
export function Timeline({
  moments,
  highlighted,
  editing,
  ref,
}: {
  moments: readonly Moment[];
  highlighted: ReadonlySet<string>;
  editing?: TimelineEditing;
  ref?: Ref<HTMLOListElement>;
}) {
  const kindById = useKindOf();
  const t = useT();
  if (moments.length === 0) {
    return <p className="empty">{t('review.timeline.empty')}</p>;
  }
  return (
    <ol ref={ref} className="timeline" aria-label={t('review.timeline.heading')}>
      {moments.map((m) => {
        const kind = kindById(m.kind);
        const isHighlighted = highlighted.has(m.id);
        if (editing?.editingId === m.id) {
          return (
            <li key={m.id} className="moment-row editing">
              {editing.renderEditor(m)}
            </li>
          );
        }
        return (
          <li
            key={m.id}
            className={`moment-row${isHighlighted ? ' highlighted' : ''}`}
            data-highlighted={isHighlighted || undefined}
          >
            <span className="offset">{formatOffset(m.offsetMs)}</span>
            <span className={`side-chip side-${m.side}`}>{t(SIDE_LABEL_IDS[m.side])}</span>
            <span className={`kind-chip tone-${kind.tone}`}>
              <KindIcon kind={m.kind} size={14} />
              {kind.short}
            </span>
            {m.weight > 1 ? <span className="weight">×{m.weight}</span> : null}
            {m.note ? <span className="moment-note">{m.note}</span> : null}
            {m.quote ? <QuoteView quote={m.quote} /> : null}
            {editing ? <SpeakerSidePrompt moment={m} /> : null}
            {editing ? (
              <button
                type="button"
                className="icon-button push-right"
                aria-label={t('review.timeline.edit', {
                  side: t(SIDE_LABEL_IDS[m.side]),
                  kind: kind.short,
                  offset: formatOffset(m.offsetMs),
                })}
                onClick={() => editing.onEdit(m.id)}
              >
                <Pencil size={14} aria-hidden="true" />
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
