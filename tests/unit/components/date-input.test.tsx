import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { DateInput } from '../../../components/ui/date-input';

function Labelled() {
  const [value, setValue] = useState('');
  return (
    <label>
      <span>Due</span>
      <DateInput value={value} onChange={(e) => setValue(e.target.value)} />
    </label>
  );
}

describe('DateInput', () => {
  test('is a date field its label names, editable, with its icon hidden from assistive tech', async () => {
    const user = userEvent.setup();
    const { container } = render(<Labelled />);
    const input = screen.getByLabelText('Due');
    expect(input).toHaveAttribute('type', 'date');
    await user.type(input, '2026-03-09');
    expect(input).toHaveValue('2026-03-09');
    const icon = container.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });
});
