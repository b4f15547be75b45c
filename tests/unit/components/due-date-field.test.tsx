import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { DueDateField } from '../../../components/ui/follow-up/due-date-field';
import { dateInputFromDueAt } from '../../../lib/domain/due-date';

const NOW = Date.UTC(2026, 11, 1);

/** The field as a commitment holds it: what it saves comes back as the stored due date. */
function Commitment({ saved }: { saved: Array<number | null> }) {
  const [dueAt, setDueAt] = useState<number | undefined>(undefined);
  return (
    <DueDateField
      dueAt={dueAt}
      label="Due date for: send the deck"
      now={NOW}
      onChange={(next) => {
        saved.push(next);
        setDueAt(next ?? undefined);
      }}
    />
  );
}

describe('the due date field', () => {
  test('a year typed digit by digit is saved only once it is a sane date', () => {
    const saved: Array<number | null> = [];
    render(<Commitment saved={saved} />);
    const field = screen.getByLabelText('Due date for: send the deck');
    for (const value of ['0002-01-31', '0020-01-31', '0202-01-31']) {
      fireEvent.change(field, { target: { value } });
      // Kept on screen as typed, not saved, not reset under the typing.
      expect(field).toHaveValue(value);
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(saved).toEqual([]);
    fireEvent.change(field, { target: { value: '2027-01-31' } });
    expect(saved).toHaveLength(1);
    expect(dateInputFromDueAt(saved[0] ?? 0)).toBe('2027-01-31');
    expect(field).toHaveValue('2027-01-31');
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  test('a year past the range is not saved; clearing the field clears the date', () => {
    const saved: Array<number | null> = [];
    render(<Commitment saved={saved} />);
    const field = screen.getByLabelText('Due date for: send the deck');
    fireEvent.change(field, { target: { value: '9999-12-31' } });
    expect(saved).toEqual([]);
    fireEvent.change(field, { target: { value: '2027-01-31' } });
    fireEvent.change(field, { target: { value: '' } });
    expect(saved.at(-1)).toBeNull();
    expect(field).toHaveValue('');
  });
});
