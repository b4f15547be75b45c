import { GitMerge, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { deletePartner, mergePartner, undo } from '../../lib/db/deletions-repository';
import type { Partner } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorBanner } from '../ui/error-banner';

/** Merge a duplicate into the right partner, or delete the partner; both can be undone. */
export function PartnerActions({
  partner,
  others,
  callCount,
  onGone,
}: {
  partner: Partner;
  others: readonly Partner[];
  callCount: number;
  onGone: (intoId?: string) => void;
}) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const into = others.find((p) => p.id === intoId);
  const calls = callCount === 1 ? '1 call' : `${callCount} calls`;

  async function act(
    run: () => Promise<Parameters<typeof undo>[1]>,
    message: string,
    target?: string,
  ) {
    try {
      const change = await run();
      offerUndo({ message, undo: () => undo(db, change) });
      onGone(target);
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }

  return (
    <section className="partner-actions card" aria-label="Merge or delete">
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="merge-into">Same partner as… (merge a duplicate)</label>
          <select id="merge-into" value={intoId} onChange={(e) => setIntoId(e.target.value)}>
            <option value="">Choose a partner</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {into ? (
          <ConfirmButton
            question={`Move ${calls} to ${into.name} and remove ${partner.name}?`}
            confirmLabel="Merge"
            onConfirm={() =>
              void act(
                () => mergePartner(db, partner.id, into.id),
                `${partner.name} merged into ${into.name}.`,
                into.id,
              )
            }
          >
            <GitMerge size={14} aria-hidden="true" /> Merge
          </ConfirmButton>
        ) : null}
      </div>
      <ConfirmButton
        question={`Delete ${partner.name}? Their ${calls} stay, without a partner.`}
        confirmLabel="Delete partner"
        onConfirm={() => void act(() => deletePartner(db, partner.id), `${partner.name} deleted.`)}
      >
        <Trash2 size={14} aria-hidden="true" /> Delete partner
      </ConfirmButton>
    </section>
  );
}
