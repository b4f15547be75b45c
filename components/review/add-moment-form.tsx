import { Plus } from 'lucide-react';
import { useState } from 'react';
import { addMissedMoment } from '../../lib/db/moments-repository';
import { explainWriteError } from '../../lib/db/errors';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { changesOf, MomentFields, type MomentDraft } from './moment-editor';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

const EMPTY: MomentDraft = { side: 'them', kind: 'request', weight: 1, time: '', note: '' };

/** Adds a moment that was missed during the call, at the time the user chooses. */
export function AddMomentForm({ callId }: { callId: string }) {
  const db = useDatabase();
  const t = useT();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="secondary-button" onClick={() => setOpen(true)}>
        <Plus size={14} aria-hidden="true" /> {t('review.addMoment.open')}
      </button>
    );
  }

  async function add(): Promise<void> {
    const changes = changesOf(draft, t);
    if (typeof changes === 'string') {
      setProblem(changes);
      return;
    }
    try {
      await addMissedMoment(db, callId, {
        side: draft.side,
        kind: draft.kind,
        weight: draft.weight,
        note: draft.note,
        offsetMs: changes.offsetMs,
      });
      setDraft(EMPTY);
      setProblem(null);
      setOpen(false);
    } catch (e) {
      setProblem(await explainWriteError(e));
    }
  }

  return (
    <form
      className="add-moment card"
      aria-label={t('review.addMoment.open')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <MomentFields draft={draft} onChange={setDraft} idPrefix="add-moment" />
      {problem ? <ErrorBanner message={problem} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary-button">
          {t('review.addMoment.submit')}
        </button>
        <button type="button" className="secondary-button" onClick={() => setOpen(false)}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
