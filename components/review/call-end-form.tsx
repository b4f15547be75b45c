import { Clock, Square } from 'lucide-react';
import { useId, useState } from 'react';
import { setCallEnd } from '../../lib/db/calls-repository';
import { explainWriteError } from '../../lib/db/errors';
import {
  checkCallEnd,
  dateTimeInputValue,
  defaultReEnd,
  earliestEndMinute,
  parseDateTimeInput,
} from '../../lib/domain/call-end';
import type { Call } from '../../lib/domain/model';
import { useDatabase } from '../app-context/database-context';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

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

interface Draft {
  /** The exact time the field was filled from (see `chosenEnd`). */
  initial: number;
  value: string;
}

/**
 * The field's time. An untouched field gives back the exact time it was filled from: whole
 * minutes would turn a default of 14:32:45 into 14:32, before a moment at 14:32:30.
 */
function chosenEnd(draft: Draft): number {
  return draft.value === dateTimeInputValue(draft.initial)
    ? draft.initial
    : parseDateTimeInput(draft.value);
}

/** The end being edited, its problem, and saving it: checked here and again where written. */
function useEndDraft(call: Call, lastMomentAt: number | null) {
  const db = useDatabase();
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    draft,
    problem,
    open: () => {
      const initial = initialEnd(call, lastMomentAt, Date.now());
      setDraft({ initial, value: dateTimeInputValue(initial) });
      setProblem(null);
    },
    close: () => setDraft(null),
    edit: (value: string) => {
      setDraft((d) => (d ? { ...d, value } : d));
      setProblem(null);
    },
    save: async (current: Draft) => {
      const now = Date.now();
      const check = checkCallEnd(chosenEnd(current), {
        startedAt: call.startedAt,
        lastMomentAt,
        now,
      });
      if (!check.ok) {
        setProblem(t('review.end.problem', { problem: check.text }));
        return;
      }
      try {
        await setCallEnd(db, call.id, check.endedAt, now);
        setDraft(null);
      } catch (e) {
        setProblem(await explainWriteError(e));
      }
    },
  };
}

/**
 * When the call ended, set by the user: corrects an ended call's end, or ends a live one
 * (a reopened call) at a chosen time. Checked as typed, and again where it is written.
 */
export function CallEndForm({ call, lastMomentAt }: { call: Call; lastMomentAt: number | null }) {
  const id = useId();
  const { draft, problem, open, close, edit, save } = useEndDraft(call, lastMomentAt);
  const live = call.endedAt === null;
  const t = useT();

  if (!draft) {
    return (
      <button type="button" className="link-button" onClick={open}>
        {live ? <Square size={14} aria-hidden="true" /> : <Clock size={14} aria-hidden="true" />}{' '}
        {t(live ? 'review.end.openLive' : 'review.end.openEnded')}
      </button>
    );
  }
  return (
    <form
      className="call-end-form"
      aria-label={t(live ? 'review.end.labelLive' : 'review.end.labelEnded')}
      // The field's own check would stop the form with the browser's words; ours say more.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-end`}>
          {t(live ? 'review.end.fieldLive' : 'review.end.fieldEnded')}
        </label>
        <input
          id={`${id}-end`}
          type="datetime-local"
          value={draft.value}
          min={dateTimeInputValue(earliestEndMinute(call.startedAt))}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => edit(e.target.value)}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary-button">
          {t(live ? 'review.end.submitLive' : 'review.end.submitEnded')}
        </button>
        <button type="button" className="secondary-button" onClick={close}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
