import { Trash2 } from 'lucide-react';
import { deleteCall, undo } from '../../lib/db/deletions-repository';
import { explainWriteError } from '../../lib/db/errors';
import type { Call } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

/** Deletes the call once confirmed, offering to undo it, and leaves the page. */
export function DeleteCallButton({
  call,
  momentCount,
  onDeleted,
  onError,
}: {
  call: Call;
  momentCount: number;
  onDeleted: () => void;
  onError: (message: string) => void;
}) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const t = useT();
  return (
    <ConfirmButton
      question={t('review.delete.confirm', { title: call.title, count: momentCount })}
      confirmLabel={t('review.delete.label')}
      onConfirm={() =>
        void deleteCall(db, call.id).then(
          (deleted) => {
            offerUndo({
              message: t('review.delete.done', { title: call.title }),
              undo: () => undo(db, deleted),
            });
            onDeleted();
          },
          (e: unknown) => void explainWriteError(e).then(onError),
        )
      }
    >
      <Trash2 size={14} aria-hidden="true" /> {t('review.delete.label')}
    </ConfirmButton>
  );
}
