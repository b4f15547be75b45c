import type { ReciprocityDatabase } from '../../lib/db/database';
import { explainWriteError } from '../../lib/db/errors';
import { addMoment, updateMoment } from '../../lib/db/moments-repository';
import { tagPressOf, type QuoteLine } from '../../lib/domain/model';
import { announceTagCommitted } from '../../lib/extension/captions/tag-quotes';
import { forgetUnsavedTag, keepUnsavedTag } from '../../lib/extension/unsaved-tags';
import { useStore } from '../../lib/store/store';
import type { PendingTag } from '../../lib/store/tagging-slice';
import type { Translate } from '../app-context/i18n-context';
import { afterNextPaint } from '../ui/after-paint';

export const COMMITTED_MARK = 'reciprocity:moment-committed';

/** Past this, a tag not yet committed is shown as saving ("instant" is about 100 ms). */
export const SHOW_SAVING_AFTER_MS = 100;

const store = useStore.getState;

export async function forgetQuietly(id: string): Promise<void> {
  await forgetUnsavedTag(id).catch((e: unknown) =>
    console.error('Reciprocity Coach: could not forget the saved tag', e),
  );
}

/** The writes of tags and their notes, tracked until they commit. */
export class TagWrites {
  /** Writes not yet committed, so a note typed meanwhile can wait for its moment. */
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(
    private readonly db: ReciprocityDatabase,
    private readonly callId: string,
    /** The UI's words as they are when a message is said (the language may change meanwhile). */
    private readonly t: () => Translate,
  ) {}

  /** Settles once the tag `id` names has committed or failed (at once if not on its way). */
  async committed(id: string): Promise<void> {
    await this.inflight.get(id);
  }

  /** Writes the tag; it shows saved on commit, or failed (and kept) if the write fails. */
  write(pending: PendingTag, quote?: QuoteLine[]): Promise<void> {
    const promise = this.writeNow(pending, quote);
    this.inflight.set(pending.id, promise);
    return promise.finally(() => this.inflight.delete(pending.id));
  }

  private async writeNow(pending: PendingTag, quote?: QuoteLine[]): Promise<void> {
    // Nothing is rendered before the commit unless it is slow: a render now, and the frame
    // it paints, would run between the transaction's reads and its commit and hold it up.
    // A commit within this time shows the moment saved at once, with its note field.
    const slow = setTimeout(() => store().showPending(pending), SHOW_SAVING_AFTER_MS);
    try {
      const moment = await addMoment(this.db, pending.callId, tagPressOf(pending));
      // User Timing mark: devtools and the benchmark see when the commit landed.
      performance.mark(COMMITTED_MARK);
      // Shown from the committed row itself, not after the live query has read it again.
      store().commitPending(pending.id, moment);
      // The background quotes it from the meeting's captions (when on); the tag does not
      // wait. Told once the tag is on screen: sending a runtime message costs the panel's
      // thread a millisecond or two, which would otherwise come before React shows the tag.
      afterNextPaint(() =>
        announceTagCommitted({
          callId: pending.callId,
          momentId: moment.id,
          pressedAt: pending.pressedAt,
          ...(quote ? { quote } : {}),
        }),
      );
    } catch (error) {
      const reason = await explainWriteError(error);
      store().failPending(pending, reason);
      // Kept outside the database too: closing the panel must not drop a failed tag.
      keepUnsavedTag({ ...tagPressOf(pending), callId: pending.callId, error: reason }).catch(
        (e: unknown) => console.error('Reciprocity Coach: could not keep the unsaved tag', e),
      );
    } finally {
      clearTimeout(slow);
    }
  }

  /** Saves the note being typed, once its moment has committed. */
  async saveNote(): Promise<void> {
    const { noteTargetId, noteDraft } = store();
    if (!noteTargetId) return;
    // Closed at once, not after the write: keys typed right after Enter are tags again,
    // never letters lost into a note field that is about to disappear.
    store().closeNote();
    if (!noteDraft.trim()) return;
    await this.committed(noteTargetId);
    if (store().pending.some((p) => p.id === noteTargetId)) {
      store().setError(this.t()('live.note.waits', { note: noteDraft.trim() }));
      return;
    }
    try {
      await updateMoment(this.db, { id: noteTargetId, callId: this.callId }, { note: noteDraft });
    } catch (error) {
      const reason = await explainWriteError(error);
      store().setError(this.t()('live.note.failed', { note: noteDraft.trim(), reason }));
    }
  }
}
