import { useEffect, useMemo, useRef } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { explainWriteError } from '../../lib/db/errors';
import {
  deleteMoment,
  momentsOfCall,
  restoreMoment,
  updateMoment,
  type MomentChanges,
} from '../../lib/db/moments-repository';
import { savedMoment } from '../../lib/domain/live-moments';
import {
  otherSide,
  type Moment,
  type QuoteLine,
  type Side,
  type Weight,
} from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import type { PendingTag } from '../../lib/store/tagging-slice';
import { useDatabase } from '../app-context/database-context';
import { forgetQuietly, TagWrites } from './tag-writes';
import { useT } from '../app-context/i18n-context';

export interface Tagger {
  /** `quote`: the words it is tagged with (an accepted suggestion), kept on the moment. */
  tag: (side: Side, kind: string, weight?: Weight, quote?: QuoteLine[]) => Promise<void>;
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

const store = useStore.getState;

/** Runs an edit; its failure is shown in words, its success clears the last error. */
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

/** The new tags of the call: written at once, shown saved on commit, failed ones kept. */
function tagActions(writes: TagWrites, callId: string): Pick<Tagger, 'tag' | 'retry'> {
  return {
    async tag(side, kind, weight, quote) {
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
      const writing = writes.write(pending, quote);
      // A note typed for the previous tag is kept, not lost to the next click: it is saved
      // alongside, in its own transaction, without holding up this tag.
      const savingNote = writes.saveNote();
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
      await writes.write(pending);
      if (!store().pending.some((p) => p.id === pendingId)) {
        store().resolveTag(pendingId);
        await forgetQuietly(pendingId);
      }
    },
  };
}

/** Undo and redo of whole moments. */
function undoActions(
  db: ReciprocityDatabase,
  writes: TagWrites,
  callId: string,
): Pick<Tagger, 'undo' | 'undoTag' | 'redo'> {
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
    undo,
    async undoTag(id) {
      await writes.committed(id);
      if (store().pending.some((p) => p.id === id && p.status === 'failed')) return discard(id);
      const saved = savedMoment(store().saved, id);
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
  };
}

/** Corrections to a moment already written. */
function editActions(
  db: ReciprocityDatabase,
  writes: TagWrites,
  callId: string,
): Pick<Tagger, 'change' | 'switchSide'> {
  // Side switches one after another: each reads the side the one before it wrote.
  let switching = Promise.resolve();
  return {
    async change(momentId, changes) {
      await guarded(async () => {
        await updateMoment(db, { id: momentId, callId }, changes);
      });
    },
    switchSide(id) {
      switching = switching.then(async () => {
        await writes.committed(id);
        await guarded(async () => {
          const moment = (await momentsOfCall(db, callId)).find((m) => m.id === id);
          if (moment) await updateMoment(db, moment, { side: otherSide(moment.side) });
        });
      });
      return switching;
    },
  };
}

/** Every write the live screen makes; each is one transaction, confirmed only once committed. */
export function useTagger(callId: string): Tagger {
  const db = useDatabase();
  const t = useT();
  // Read when a message is said: the tagger is not made again when the language changes.
  const say = useRef(t);
  useEffect(() => {
    say.current = t;
  }, [t]);
  return useMemo(() => {
    const writes = new TagWrites(db, callId, () => say.current);
    return {
      ...tagActions(writes, callId),
      ...undoActions(db, writes, callId),
      ...editActions(db, writes, callId),
      discard,
      saveNote: () => writes.saveNote(),
    };
  }, [db, callId]);
}
