import { ClipboardList } from 'lucide-react';
import { memo, useState } from 'react';
import { updateCall } from '../../lib/db/call-edits-repository';
import { explainWriteError } from '../../lib/db/errors';
import type { Call } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { EMPTY_PREP, PrepFields, PrepSummary } from '../ui/prep-fields';
import { useT } from '../app-context/i18n-context';

/** What the panel shows of a call: the live call's row is read again after every tag. */
function sameProps(a: { call: Call }, b: { call: Call }): boolean {
  const [x, y] = [a.call.prep, b.call.prep];
  return (
    a.call.id === b.call.id &&
    (x === y ||
      (x !== undefined &&
        y !== undefined &&
        x.goal === y.goal &&
        x.bring === y.bring &&
        x.need === y.need))
  );
}

/** The call's prep, collapsed so it never crowds the tag pad; editable any time. */
export const PrepPanel = memo(function PrepPanel({ call }: { call: Call }) {
  const db = useDatabase();
  const t = useT();
  const [draft, setDraft] = useState(call.prep ?? EMPTY_PREP);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    try {
      await updateCall(db, call.id, { prep: draft });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }

  return (
    <details className="prep-panel">
      <summary>
        <ClipboardList size={14} aria-hidden="true" />
        {call.prep?.goal ? (
          <span className="prep-goal">{t('live.prep.goal', { goal: call.prep.goal })}</span>
        ) : (
          <span>{t(call.prep ? 'live.prep.prep' : 'live.prep.add')}</span>
        )}
      </summary>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      {editing ? (
        <form
          className="prep-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <PrepFields prep={draft} onChange={setDraft} idPrefix="live-prep" />
          <div className="form-actions">
            <button type="submit" className="primary-button">
              {t('live.prep.save')}
            </button>
            <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
              {t('live.prep.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {call.prep ? <PrepSummary prep={call.prep} /> : null}
          <button
            type="button"
            className="small-button"
            onClick={() => {
              setDraft(call.prep ?? EMPTY_PREP);
              setEditing(true);
            }}
          >
            {t(call.prep ? 'live.prep.edit' : 'live.prep.write')}
          </button>
        </>
      )}
    </details>
  );
}, sameProps);
