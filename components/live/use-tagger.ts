import { useMemo } from 'react';
import { forgetUnsavedTag, keepUnsavedTag } from '../../lib/extension/unsaved-tags';
import { explainWriteError } from '../../lib/db/errors';
import {
  addMoment,
  deleteMoment,
  momentsOfCall,
  restoreMoment,
  updateMoment,
  type MomentChanges,
} from '../../lib/db/moments-repository';
import { otherSide, type Moment, type Side, type Weight } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import type { PendingTag } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';

export const COMMITTED_MARK = 'reciprocity:moment-committed';

/** Past this, a tag not yet committed is shown as saving ("instant" is about 100 ms). */
export const SHOW_SAVING_AFTER_MS = 100;

function unsavedFields({ id, callId, side, kind, pressedAt, weight }: PendingTag) {
  return { id, callId, side, kind, pressedAt, ...(weight ? { weight } : {}) };
}

async function forgetQuietly(id: string): Promise<void> {
  await forgetUnsavedTag(id).catch((e: unknown) =>
    console.error('Reciprocity Coach: could not forget the saved tag', e),
  );
}

export interface Tagger {
  tag: (side: Side, kind: string, weight?: Weight) => Promise<void>;
  retry: (pendingId: string) => Promise<void>;
  discard: (pendingId: string) => Promise<void>;
  /** Undoes the tag `id` names, whether its write has committed, is on its way, or failed. */
  undoTag: (id: string) => Promise<void>;
  undo: (moment: Moment | undefined) => Promise<void>;
  redo: () => Promise<void>;
  change: (momentId: string, changes: MomentChanges) => Promise<void>;
  /** Moves the tag `id` names to the other side, once its write has committed. */
  switchSide: (id: string) => Promise<void>;
  saveNote: () => Promise<void>;
}

/** Every write the live screen makes; each is one transaction, confirmed only once committed. */
export function useTagger(callId: string): Tagger {
  const db = useDatabase();
  return useMemo(() => {
    const store = useStore.getState;
    // Writes not yet committed, so a note typed meanwhile can wait for its moment.
    const inflight = new Map<string, Promise<void>>();
    // Side switches one after another: each reads the side the one before it wrote.
    const switching = { tail: Promise.resolve() };

    function track(id: string, promise: Promise<void>): Promise<void> {
      inflight.set(id, promise);
      return promise.finally(() => inflight.delete(id));
    }

    async function write(pending: PendingTag): Promise<void> {
      // Nothing is rendered before the commit unless it is slow: a render now, and the frame
      // it paints, would run between the transaction's reads and its commit and hold it up.
      // A commit within this time shows the moment saved at once, with its note field.
      const slow = setTimeout(() => store().showPending(pending), SHOW_SAVING_AFTER_MS);
      try {
        const moment = await addMoment(db, pending.callId, {
          id: pending.id,
          side: pending.side,
          kind: pending.kind,
          pressedAt: pending.pressedAt,
          ...(pending.weight ? { weight: pending.weight } : {}),
        });
        // User Timing mark: devtools and the benchmark see when the commit landed.
        performance.mark(COMMITTED_MARK);
        // Shown from the committed row itself, not after the live query has read it again.
        store().commitPending(pending.id, moment);
      } catch (error) {
        const reason = await explainWriteError(error);
        store().failPending(pending, reason);
        // Kept outside the database too: closing the panel must not drop a failed tag.
        keepUnsavedTag({ ...unsavedFields(pending), error: reason }).catch((e: unknown) =>
          console.error('Reciprocity Coach: could not keep the unsaved tag', e),
        );
      } finally {
        clearTimeout(slow);
      }
    }

    async function saveNote(): Promise<void> {
      const { noteTargetId, noteDraft } = store();
      if (!noteTargetId) return;
      // Closed at once, not after the write: keys typed right after Enter are tags again,
      // never letters lost into a note field that is about to disappear.
      store().closeNote();
      if (!noteDraft.trim()) return;
      await inflight.get(noteTargetId);
      if (store().pending.some((p) => p.id === noteTargetId)) {
        store().setError(
          `The note “${noteDraft.trim()}” waits for its moment: retry the moment, then add the note.`,
        );
        return;
      }
      try {
        await updateMoment(db, { id: noteTargetId, callId }, { note: noteDraft });
      } catch (error) {
        store().setError(
          `The note “${noteDraft.trim()}” was not saved: ${await explainWriteError(error)}`,
        );
      }
    }

    async function guarded(action: () => Promise<void>): Promise<void> {
      try {
        await action();
        store().setError(null);
      } catch (error) {
        store().setError(await explainWriteError(error));
      }
    }

    async function discard(pendingId: string): Promise<void> {
      if (store().noteTargetId === pendingId) store().closeNote();
      store().resolveTag(pendingId);
      await forgetQuietly(pendingId);
    }

    async function undo(moment: Moment | undefined): Promise<void> {
      if (!moment) return;
      await guarded(async () => {
        const removed = await deleteMoment(db, moment);
        if (store().noteTargetId === moment.id) store().closeNote();
        store().forgetSaved(moment.id);
        store().setUndone(removed ?? null);
      });
    }

    return {
      async tag(side, kind, weight) {
        const pending: PendingTag = {
          id: crypto.randomUUID(),
          callId,
          side,
          kind,
          pressedAt: Date.now(),
          status: 'saving',
          ...(weight && weight > 1 ? { weight } : {}),
        };
        // The transaction starts first, before any store update or render, so that its
        // requests are on their way at once.
        const writing = track(pending.id, write(pending));
        // A note typed for the previous tag is kept, not lost to the next click: it is saved
        // alongside, in its own transaction, without holding up this tag.
        const savingNote = saveNote();
        // Armed at once, shown with the moment: people start typing before the write commits,
        // and keys typed before the field is on screen go into the note (see QuickNote).
        store().armNote(pending.id);
        // The next tag moves on: an older removal is no longer "the last thing", so its
        // "Bring it back" goes rather than linger for the rest of the call.
        if (store().undone) store().setUndone(null);
        await Promise.all([writing, savingNote]);
      },
      async retry(pendingId) {
        const pending = store().pending.find((p) => p.id === pendingId);
        if (!pending) return;
        store().showPending(pending);
        await track(pending.id, write(pending));
        if (!store().pending.some((p) => p.id === pendingId)) {
          store().resolveTag(pendingId);
          await forgetQuietly(pendingId);
        }
      },
      discard,
      undo,
      async undoTag(id) {
        await inflight.get(id);
        if (store().pending.some((p) => p.id === id && p.status === 'failed')) return discard(id);
        const saved = store().saved.find((m) => m.moment.id === id)?.moment;
        await undo(saved ?? (await momentsOfCall(db, callId)).find((m) => m.id === id));
      },
      async redo() {
        const undone = store().undone;
        if (!undone) return;
        await guarded(async () => {
          await restoreMoment(db, undone);
          store().setUndone(null);
        });
      },
      async change(momentId, changes) {
        await guarded(async () => {
          await updateMoment(db, { id: momentId, callId }, changes);
        });
      },
      switchSide(id) {
        switching.tail = switching.tail.then(async () => {
          await inflight.get(id);
          await guarded(async () => {
            const moment = (await momentsOfCall(db, callId)).find((m) => m.id === id);
            if (moment) await updateMoment(db, moment, { side: otherSide(moment.side) });
          });
        });
        return switching.tail;
      },
      saveNote,
    };
  }, [db, callId]);
}
