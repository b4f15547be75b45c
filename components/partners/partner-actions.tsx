import { GitMerge, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { deletePartner, mergePartner, undo } from '../../lib/db/deletions-repository';
import type { Partner } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorBanner } from '../ui/error-banner';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

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
  const t = useT();
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const into = others.find((p) => p.id === intoId);

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
    <section className="partner-actions card" aria-label={t('partners.actions.label')}>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="merge-into">{t('partners.actions.mergeInto')}</label>
          <select id="merge-into" value={intoId} onChange={(e) => setIntoId(e.target.value)}>
            <option value="">{t('partners.actions.choose')}</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {into ? (
          <ConfirmButton
            question={t('partners.actions.mergeConfirm', {
              count: callCount,
              into: into.name,
              name: partner.name,
            })}
            confirmLabel={t('partners.actions.merge')}
            onConfirm={() =>
              void act(
                () => mergePartner(db, partner.id, into.id),
                t('partners.actions.merged', { name: partner.name, into: into.name }),
                into.id,
              )
            }
          >
            <GitMerge size={14} aria-hidden="true" /> {t('partners.actions.merge')}
          </ConfirmButton>
        ) : null}
      </div>
      <ConfirmButton
        question={t('partners.actions.deleteConfirm', { name: partner.name, count: callCount })}
        confirmLabel={t('partners.actions.delete')}
        onConfirm={() =>
          void act(
            () => deletePartner(db, partner.id),
            t('partners.actions.deleted', { name: partner.name }),
          )
        }
      >
        <Trash2 size={14} aria-hidden="true" /> {t('partners.actions.delete')}
      </ConfirmButton>
    </section>
  );
}
