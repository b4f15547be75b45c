import { useState } from 'react';
import { deleteMoment, restoreMoment, updateMoment } from '../../lib/db/moments-repository';
import type { Moment } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { useWriteAttempt } from '../ui/use-write-attempt';
import { MomentEditor } from './moment-editor';
import type { TimelineEditing } from './timeline';

/** Editing, deleting (with undo) and their errors, for the call page's timeline. */
export function useTimelineEditing(): {
  editing: TimelineEditing;
  deleted: Moment | null;
  undoDelete: () => Promise<void>;
  error: string | null;
  clearError: () => void;
} {
  const db = useDatabase();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Moment | null>(null);
  const { error, clearError, attempt } = useWriteAttempt();

  return {
    editing: {
      editingId,
      onEdit: setEditingId,
      renderEditor: (moment) => (
        <MomentEditor
          moment={moment}
          onCancel={() => setEditingId(null)}
          onSave={(changes) =>
            attempt(async () => {
              await updateMoment(db, moment, changes);
              setEditingId(null);
            })
          }
          onDelete={() =>
            void attempt(async () => {
              setDeleted((await deleteMoment(db, moment)) ?? null);
              setEditingId(null);
            })
          }
        />
      ),
    },
    deleted,
    undoDelete: () =>
      attempt(async () => {
        if (deleted) await restoreMoment(db, deleted);
        setDeleted(null);
      }),
    error,
    clearError,
  };
}
