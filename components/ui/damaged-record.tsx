import { TriangleAlert, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteCall, undo } from '../../lib/db/deletions-repository';
import { explainWriteError } from '../../lib/db/errors';
import { deleteMoment, restoreMoment } from '../../lib/db/moments-repository';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from './confirm-button';
import { ErrorBanner } from './error-banner';
import { useT } from '../app-context/i18n-context';

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
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  async function remove(): Promise<void> {
    try {
      if (target.kind === 'call') {
        const deleted = await deleteCall(db, target.callId);
        offerUndo({ message: t('ui.damaged.deletedCall'), undo: () => undo(db, deleted) });
      } else {
        const moment = await deleteMoment(db, { id: target.momentId, callId: target.callId });
        if (moment) {
          offerUndo({
            message: t('ui.damaged.deletedMoment'),
            undo: () => restoreMoment(db, moment),
          });
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
  const t = useT();
  const call = target.kind === 'call';
  const name = nameOf(target);
  const headline = t(call ? 'ui.damaged.headline.call' : 'ui.damaged.headline.moment');
  const named = name ? `“${name}”` : t('ui.damaged.it');
  const detail =
    fields.length > 0
      ? t('ui.damaged.detail.fields', { name: named, fields: fields.join(', ') })
      : t('ui.damaged.detail.unknown', { name: named });
  const actions = (
    <span className="damaged-record-actions">
      <ConfirmButton
        question={t(call ? 'ui.damaged.confirm.call' : 'ui.damaged.confirm.moment')}
        confirmLabel={t(call ? 'ui.damaged.delete.call' : 'ui.damaged.delete.moment')}
        onConfirm={() => void remove()}
      >
        <Trash2 size={14} aria-hidden="true" /> {t('ui.delete')}
      </ConfirmButton>
      {variant === 'page' && onLeave ? (
        <button type="button" className="secondary-button" onClick={onLeave}>
          {t('ui.back')}
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
