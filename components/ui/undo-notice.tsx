import { Undo2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../lib/store/store';

/** How long a deletion can be taken back before the notice goes. */
export const UNDO_WINDOW_MS = 15_000;

/** The undo window after a deletion or merge: one click puts everything back. */
export function UndoNotice() {
  const { pending, dismiss } = useStore(
    useShallow((s) => ({ pending: s.pendingUndo, dismiss: s.dismissUndo })),
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setTimeout(dismiss, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [pending, dismiss]);
  if (!pending) return null;
  return (
    <div className="undo-notice" role="status">
      <span>{error ?? pending.message}</span>
      <button
        type="button"
        className="secondary-button"
        onClick={() =>
          void pending.undo().then(
            () => {
              setError(null);
              dismiss();
            },
            (e: unknown) =>
              setError(`Could not undo: ${e instanceof Error ? e.message : String(e)}`),
          )
        }
      >
        <Undo2 size={14} aria-hidden="true" /> Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
