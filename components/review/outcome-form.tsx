import { useState } from 'react';
import { updateCall } from '../../lib/db/call-edits-repository';
import { OUTCOME_LABELS, PREP_FIELD_MAX } from '../../lib/domain/call-prep';
import { explainWriteError } from '../../lib/db/errors';
import type { Call, CallOutcome } from '../../lib/domain/model';
import { PrepSummary } from '../ui/prep-fields';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';

const CHOICES: ReadonlyArray<{ value: CallOutcome['reached']; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];

function ReachedChoice({
  reached,
  onChange,
}: {
  reached: CallOutcome['reached'] | null;
  onChange: (reached: CallOutcome['reached']) => void;
}) {
  return (
    <fieldset>
      <legend>Did we reach the goal?</legend>
      <div className="segmented">
        {CHOICES.map((c) => (
          <label key={c.value} className={reached === c.value ? 'selected' : undefined}>
            <input
              type="radio"
              name="outcome"
              value={c.value}
              checked={reached === c.value}
              onChange={() => onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The prep, and "did we reach the goal?" asked once the call is over. */
export function OutcomeForm({ call }: { call: Call }) {
  const db = useDatabase();
  const [editing, setEditing] = useState(!call.outcome);
  const [reached, setReached] = useState<CallOutcome['reached'] | null>(
    call.outcome?.reached ?? null,
  );
  const [why, setWhy] = useState(call.outcome?.why ?? '');
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    if (!reached) {
      setError('Choose yes, partly or no first.');
      return;
    }
    try {
      await updateCall(db, call.id, { outcome: { reached, why } });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }

  return (
    <section className="card outcome-card" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading" className="section-heading">
        {call.prep?.goal ? 'Goal' : 'Outcome'}
      </h2>
      {call.prep ? <PrepSummary prep={call.prep} /> : null}
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      {!editing && call.outcome ? (
        <p className={`outcome outcome-${call.outcome.reached}`}>
          <strong>{OUTCOME_LABELS[call.outcome.reached]}</strong>
          {call.outcome.why ? ` — ${call.outcome.why}` : ''}{' '}
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Change
          </button>
        </p>
      ) : (
        <form
          className="outcome-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <ReachedChoice reached={reached} onChange={setReached} />
          <div className="field">
            <label htmlFor="outcome-why">Why, in a line</label>
            <input
              id="outcome-why"
              value={why}
              maxLength={PREP_FIELD_MAX}
              placeholder="e.g. pilot agreed, pricing still open"
              onChange={(e) => setWhy(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary-button">
              Save outcome
            </button>
            {call.outcome ? (
              <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
