import { Clock, Square } from 'lucide-react';
import { useId, useState } from 'react';
import { setCallEnd } from '../../lib/db/calls-repository';
import { describeWriteError } from '../../lib/db/errors';
import {
  checkCallEnd,
  dateTimeInputValue,
  defaultReEnd,
  parseDateTimeInput,
} from '../../lib/domain/call-end';
import type { Call } from '../../lib/domain/model';
import { useDatabase } from '../shell/database-context';

/** Where the form starts: the stored end, or for a live call the end it would get now. */
function initialEnd(call: Call, lastMomentAt: number | null, now: number): number {
  if (call.endedAt !== null) return call.endedAt;
  if (call.endedBeforeReopen === undefined) return now;
  return defaultReEnd({
    startedAt: call.startedAt,
    previousEnd: call.endedBeforeReopen,
    lastMomentAt,
    now,
  });
}

/**
 * When the call ended, set by the user: corrects an ended call's end, or ends a live one
 * (a reopened call) at a chosen time. Checked as typed, and again where it is written.
 */
export function CallEndForm({ call, lastMomentAt }: { call: Call; lastMomentAt: number | null }) {
  const db = useDatabase();
  const id = useId();
  // The exact time the field was filled from: a field of whole minutes would otherwise
  // turn an untouched default of 14:32:45 into 14:32, before a moment at 14:32:30.
  const [draft, setDraft] = useState<{ initial: number; value: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const live = call.endedAt === null;

  if (!draft) {
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const initial = initialEnd(call, lastMomentAt, Date.now());
          setDraft({ initial, value: dateTimeInputValue(initial) });
          setProblem(null);
        }}
      >
        {live ? <Square size={14} aria-hidden="true" /> : <Clock size={14} aria-hidden="true" />}{' '}
        {live ? 'End the call at a time you choose' : 'Change the end time'}
      </button>
    );
  }

  async function save(value: string, initial: number): Promise<void> {
    const chosen = value === dateTimeInputValue(initial) ? initial : parseDateTimeInput(value);
    const check = checkCallEnd(chosen, {
      startedAt: call.startedAt,
      lastMomentAt,
      now: Date.now(),
    });
    if (!check.ok) {
      setProblem(`${check.message} Nothing was saved.`);
      return;
    }
    try {
      await setCallEnd(db, call.id, check.endedAt);
      setDraft(null);
    } catch (e) {
      setProblem(describeWriteError(e));
    }
  }

  return (
    <form
      className="call-end-form"
      aria-label={live ? 'End the call' : 'End time'}
      // The field's own check would stop the form with the browser's words; ours say more.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft.value, draft.initial);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-end`}>{live ? 'End at' : 'Ended at'}</label>
        <input
          id={`${id}-end`}
          type="datetime-local"
          value={draft.value}
          min={dateTimeInputValue(call.startedAt)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setDraft({ ...draft, value: e.target.value });
            setProblem(null);
          }}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary-button">
          {live ? 'End call' : 'Save end time'}
        </button>
        <button type="button" className="secondary-button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
