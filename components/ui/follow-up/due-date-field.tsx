import { useState } from 'react';
import {
  dateInputFromDueAt,
  dueAtFromDateInput,
  isSaneDueDate,
} from '../../../lib/domain/due-date';
import { timestampRange } from '../../../lib/domain/backup/backup-timestamps';
import { DateInput } from '../date-input';

/**
 * A commitment's due date. What is typed stays in the field while it is not yet a date the
 * app saves (a year typed digit by digit goes through 0002, 0020, 0202); a sane date is
 * saved at once, and clearing the field clears the date.
 */
export function DueDateField({
  dueAt,
  label,
  now,
  onChange,
}: {
  dueAt: number | undefined;
  label: string;
  now: number;
  onChange: (dueAt: number | null) => void;
}) {
  const range = timestampRange(now);
  const stored = dueAt !== undefined ? dateInputFromDueAt(dueAt) : '';
  const [draft, setDraft] = useState(stored);
  const [shown, setShown] = useState(stored);
  // A date saved elsewhere (another window, an undo) replaces the draft.
  if (stored !== shown) {
    setShown(stored);
    setDraft(stored);
  }
  return (
    <label className="due-field">
      <span className="visually-hidden">{label}</span>
      <DateInput
        value={draft}
        min={dateInputFromDueAt(range.min)}
        max={dateInputFromDueAt(range.max)}
        aria-invalid={draft !== stored}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          if (value === '') return onChange(null);
          const next = dueAtFromDateInput(value);
          if (next !== undefined && isSaneDueDate(next, now)) onChange(next);
        }}
      />
    </label>
  );
}
