import { TriangleAlert, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteCall, undo } from '../../lib/db/deletions-repository';
import { explainWriteError } from '../../lib/db/errors';
import { deleteMoment, restoreMoment } from '../../lib/db/moments-repository';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from './confirm-button';
import { ErrorBanner } from './error-banner';

/** What a damaged record is, enough to name it and to delete it. */
export type DamagedTarget =
  | { kind: 'call'; callId: string; title?: unknown }
  | { kind: 'moment'; callId: string; momentId: string; note?: unknown };

/** A name from a damaged record: only text is shown (a damaged title may be anything). */
function nameOf(target: DamagedTarget): string {
  const name = target.kind === 'call' ? target.title : target.note;
  return typeof name === 'string' && name.trim() !== '' ? name : '';
}

function useDeleteDamaged(target: DamagedTarget, onLeave: (() => void) | undefined) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const [error, setError] = useState<string | null>(null);
  async function remove(): Promise<void> {
    try {
      if (target.kind === 'call') {
        const deleted = await deleteCall(db, target.callId);
        offerUndo({ message: 'Damaged call deleted.', undo: () => undo(db, deleted) });
      } else {
        const moment = await deleteMoment(db, { id: target.momentId, callId: target.callId });
        if (moment) {
          offerUndo({ message: 'Damaged moment deleted.', undo: () => restoreMoment(db, moment) });
        }
      }
      onLeave?.();
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }
  return { remove, error, clearError: () => setError(null) };
}

/** The notice a damaged record shows instead of itself: what is wrong, and a way out. */
export function DamagedRecord({
  target,
  fields,
  variant,
  onLeave,
}: {
  target: DamagedTarget;
  fields: readonly string[];
  variant: 'row' | 'page';
  onLeave?: () => void;
}) {
  const { remove, error, clearError } = useDeleteDamaged(target, onLeave);
  const what = target.kind === 'call' ? 'call' : 'moment';
  const name = nameOf(target);
  const headline = `This ${what}'s record is damaged`;
  const detail = `${name ? `“${name}”` : 'It'} holds ${
    fields.length > 0
      ? `values that are not valid (${fields.join(', ')})`
      : 'values that cannot be shown'
  }. Everything else is fine.`;
  const actions = (
    <span className="damaged-record-actions">
      <ConfirmButton
        question={`Delete this damaged ${what}?`}
        confirmLabel={`Delete ${what}`}
        onConfirm={() => void remove()}
      >
        <Trash2 size={14} aria-hidden="true" /> Delete
      </ConfirmButton>
      {variant === 'page' && onLeave ? (
        <button type="button" className="secondary-button" onClick={onLeave}>
          Back
        </button>
      ) : null}
    </span>
  );
  if (variant === 'page') {
    return (
      <main className="screen damaged-record damaged-record-page" role="alert">
        <h1>
          <TriangleAlert size={18} aria-hidden="true" /> {headline}
        </h1>
        <p>{detail}</p>
        {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
        {actions}
      </main>
    );
  }
  return (
    <div className="damaged-record damaged-record-row">
      <TriangleAlert size={14} aria-hidden="true" />
      <span className="damaged-record-text">
        <strong>{headline}</strong> <span className="damaged-record-detail">{detail}</span>
      </span>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      {actions}
    </div>
  );
}
