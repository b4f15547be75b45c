import { Undo2 } from 'lucide-react';
import type { RefObject } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import type { Moment } from '../../lib/domain/model';
import { useKindOf } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { SIDE_LABELS } from '../../lib/domain/model';
import { AddMomentForm } from './add-moment-form';
import { Timeline } from './timeline';
import { useTimelineEditing } from './use-timeline-editing';

/** The call's moments in time order, each editable, a deletion undoable, and a missed one added. */
export function TimelineSection({
  callId,
  moments,
  highlighted,
  timelineRef,
}: {
  callId: string;
  moments: readonly Moment[];
  highlighted: ReadonlySet<string>;
  timelineRef: RefObject<HTMLOListElement | null>;
}) {
  const kindById = useKindOf();
  const timeline = useTimelineEditing();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section-heading">
        Timeline <span className="count">{moments.length}</span>
      </h2>
      {timeline.error ? (
        <ErrorBanner message={timeline.error} onDismiss={timeline.clearError} />
      ) : null}
      {timeline.deleted ? (
        <p className="undone" role="status">
          Deleted {SIDE_LABELS[timeline.deleted.side]} · {kindById(timeline.deleted.kind).short} at{' '}
          {formatOffset(timeline.deleted.offsetMs)}.{' '}
          <button type="button" className="link-button" onClick={() => void timeline.undoDelete()}>
            <Undo2 size={14} aria-hidden="true" /> Undo
          </button>
        </p>
      ) : null}
      <Timeline
        ref={timelineRef}
        moments={moments}
        highlighted={highlighted}
        editing={timeline.editing}
      />
      <AddMomentForm callId={callId} />
    </section>
  );
}
