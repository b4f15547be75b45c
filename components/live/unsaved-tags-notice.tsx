import { lazy, Suspense } from 'react';
import { useStore } from '../../lib/store/store';
import { useUnsavedTags } from './use-unsaved-tags';

// The card and its actions load when there is a tag to show: a failed write is rare, and the
// side panel's first load stays lean (its bundle budget).
const UnsavedTagsCard = lazy(() =>
  import('./unsaved-tags-card').then((m) => ({ default: m.UnsavedTagsCard })),
);

/**
 * Tags whose writes failed where this panel cannot retry them in place: pressed as a global
 * shortcut, or in a panel since closed, or in a call no longer on screen. Each is kept until
 * saved or knowingly discarded.
 */
export function UnsavedTagsNotice({ liveCallId }: { liveCallId: string | null }) {
  const kept = useUnsavedTags();
  // Left out: the live call's own tags, which its moment list shows with Retry, and tags this
  // panel has just saved or discarded (their kept copies are being forgotten). A string, so
  // that a tag that changes neither does not render this again; nothing at all while nothing
  // is kept.
  const inHand = useStore((s) =>
    kept.length === 0
      ? ''
      : [
          ...s.pending.filter((p) => p.callId === liveCallId).map((p) => p.id),
          ...s.saved.list.map((m) => m.moment.id),
          ...s.resolvedTagIds,
        ].join(' '),
  );
  const hidden = new Set(inHand.split(' '));
  const tags = kept.filter((tag) => !hidden.has(tag.id));
  if (tags.length === 0) return null;

  return (
    <Suspense fallback={null}>
      <UnsavedTagsCard tags={tags} />
    </Suspense>
  );
}
