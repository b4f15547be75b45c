import { useState } from 'react';
import { updateCall } from '../../lib/db/call-edits-repository';
import { PREP_FIELD_MAX } from '../../lib/domain/call-prep';
import { OUTCOME_LABEL_IDS } from '../../lib/domain/i18n/labels';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { explainWriteError } from '../../lib/db/errors';
import type { Call, CallOutcome } from '../../lib/domain/model';
import { PrepSummary } from '../ui/prep-fields';
import { useDatabase } from '../app-context/database-context';
import { ErrorBanner } from '../ui/error-banner';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

const CHOICES: ReadonlyArray<{ value: CallOutcome['reached']; label: MessageId }> = [
  { value: 'yes', label: 'review.outcome.yes' },
  { value: 'partly', label: 'review.outcome.partly' },
  { value: 'no', label: 'review.outcome.no' },
];

function ReachedChoice({
  reached,
  onChange,
}: {
  reached: CallOutcome['reached'] | null;
  onChange: (reached: CallOutcome['reached']) => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('review.outcome.question')}</legend>
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
            {t(c.label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The prep, and "did we reach the goal?" asked once the call is over. */
export function OutcomeForm({ call }: { call: Call }) {
  const db = useDatabase();
  const t = useT();
  const [editing, setEditing] = useState(!call.outcome);
  const [reached, setReached] = useState<CallOutcome['reached'] | null>(
    call.outcome?.reached ?? null,
  );
  const [why, setWhy] = useState(call.outcome?.why ?? '');
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    if (!reached) {
      setError(t('review.outcome.choose'));
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
        {t(call.prep?.goal ? 'review.outcome.goal' : 'review.outcome.outcome')}
      </h2>
      {call.prep ? <PrepSummary prep={call.prep} /> : null}
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      {!editing && call.outcome ? (
        <p className={`outcome outcome-${call.outcome.reached}`}>
          <strong>{t(OUTCOME_LABEL_IDS[call.outcome.reached])}</strong>
          {call.outcome.why ? ` — ${call.outcome.why}` : ''}{' '}
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t('review.outcome.change')}
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
            <label htmlFor="outcome-why">{t('review.outcome.why')}</label>
            <input
              id="outcome-why"
              value={why}
              maxLength={PREP_FIELD_MAX}
              placeholder={t('review.outcome.why.placeholder')}
              onChange={(e) => setWhy(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary-button">
              {t('review.outcome.save')}
            </button>
            {call.outcome ? (
              <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
                {t('review.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
