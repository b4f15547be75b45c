import { Undo2 } from 'lucide-react';
import type { RefObject } from 'react';
import { formatOffset } from '../../lib/domain/format-time';
import type { Moment } from '../../lib/domain/model';
import { useKindOf } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { AddMomentForm } from './add-moment-form';
import { Timeline } from './timeline';
import { useTimelineEditing } from './use-timeline-editing';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

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
  const t = useT();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section-heading">
        {t('review.timeline.heading')} <span className="count">{moments.length}</span>
      </h2>
      {timeline.error ? (
        <ErrorBanner message={timeline.error} onDismiss={timeline.clearError} />
      ) : null}
      {timeline.deleted ? (
        <p className="undone" role="status">
          {t('review.timeline.deleted', {
            side: t(SIDE_LABEL_IDS[timeline.deleted.side]),
            kind: kindById(timeline.deleted.kind).short,
            offset: formatOffset(timeline.deleted.offsetMs),
          })}{' '}
          <button type="button" className="link-button" onClick={() => void timeline.undoDelete()}>
            <Undo2 size={14} aria-hidden="true" /> {t('review.timeline.undo')}
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
