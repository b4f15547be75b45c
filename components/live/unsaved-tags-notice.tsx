import { CircleAlert, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { describeWriteError } from '../../lib/db/errors';
import { saveLateTag } from '../../lib/db/late-tags';
import { forgetUnsavedTag, type UnsavedTag } from '../../lib/extension/unsaved-tags';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../shell/database-context';
import { useKindOf } from '../shell/settings-context';
import { ConfirmButton } from '../ui/confirm-button';
import { SIDE_LABELS } from '../ui/side-label';
import { useUnsavedTags } from './use-unsaved-tags';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/**
 * Tags whose writes failed where this panel cannot retry them in place: pressed as a global
 * shortcut, or in a panel since closed. Each is kept until saved or knowingly discarded.
 */
export function UnsavedTagsNotice() {
  const db = useDatabase();
  const kindById = useKindOf();
  const kept = useUnsavedTags();
  // This panel's own failed tags are shown, with Retry, in its moment list.
  const ownIds = useStore((s) => s.pending);
  const tags = kept.filter((t) => !ownIds.some((p) => p.id === t.id));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (tags.length === 0) return null;

  async function saveAll(list: readonly UnsavedTag[]): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      for (const tag of list) {
        await saveLateTag(db, tag);
        await forgetUnsavedTag(tag.id);
      }
    } catch (e) {
      setError(`Still not saved: ${describeWriteError(e)}`);
    } finally {
      setSaving(false);
    }
  }

  const count = tags.length === 1 ? 'A tag was' : `${tags.length} tags were`;
  return (
    <section className="unsaved-tags" aria-labelledby="unsaved-tags-heading">
      <h2 id="unsaved-tags-heading" className="unsaved-heading">
        <CircleAlert size={16} aria-hidden="true" /> {count} not saved
      </h2>
      <p className="hint">{error ?? tags[0]?.error}</p>
      <ul className="unsaved-list">
        {tags.map((tag) => (
          <li key={tag.id}>
            <time dateTime={new Date(tag.pressedAt).toISOString()}>
              {timeFormat.format(tag.pressedAt)}
            </time>{' '}
            {SIDE_LABELS[tag.side]} · {kindById(tag.kind).label}
          </li>
        ))}
      </ul>
      <div className="unsaved-actions">
        <button
          type="button"
          className="small-button"
          disabled={saving}
          onClick={() => void saveAll(tags)}
        >
          <RotateCw size={14} aria-hidden="true" /> {saving ? 'Saving…' : 'Save now'}
        </button>
        <ConfirmButton
          question={`Discard ${tags.length === 1 ? 'this tag' : `these ${tags.length} tags`} for good?`}
          confirmLabel="Discard"
          onConfirm={() => void Promise.all(tags.map((t) => forgetUnsavedTag(t.id)))}
        >
          Discard
        </ConfirmButton>
      </div>
    </section>
  );
}
