import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../components/shell/app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMoment } from '../../../lib/db/moments-repository';
import { useStore } from '../../../lib/store/store';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

describe('reciprocity in the UI', () => {
  test('the live meter moves with each moment and shows the verdict once there is enough data', async () => {
    await startCall(db, { title: 'Live' });
    const user = userEvent.setup();
    render(<App db={db} />);
    const meter = await screen.findByRole('meter', { name: 'Balance' });
    expect(meter).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText('Too little data')).toBeInTheDocument();
    for (const key of ['a', 'a', 'a']) {
      await user.keyboard(key);
      await user.keyboard('{Escape}');
    }
    await user.keyboard('{Shift>}V{/Shift}');
    await user.keyboard('{Escape}');
    // The meter already reads −1 after the three requests; wait for the verdict that only
    // the fourth (my gift) can produce, so the assertion cannot pass before it commits.
    const region = screen.getByRole('region', { name: 'Reciprocity so far' });
    expect(await within(region).findByText('One-sided: they only took')).toBeInTheDocument();
    expect(meter).toHaveAttribute('aria-valuenow', '-1');
    expect(within(region).getByText(/They made 3 requests/)).toBeInTheDocument();
  });

  test('the call page shows the verdict, the chart, and highlights a flag’s moments', async () => {
    const { call } = await startCall(db, { title: 'Review' }, 0);
    for (const at of [10_000, 20_000, 30_000]) {
      await addMoment(db, call.id, { side: 'them', kind: 'request', pressedAt: at });
    }
    await addMoment(db, call.id, { side: 'them', kind: 'proprietary', pressedAt: 40_000 });
    await addMoment(db, call.id, { side: 'me', kind: 'value', pressedAt: 50_000 });
    await endCall(db, call.id, 60_000);
    useStore.getState().openCall(call.id);
    const user = userEvent.setup();
    render(<App db={db} />);

    expect(await screen.findByText('One-sided: they only took')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Cumulative give and take/ }),
    ).toHaveAccessibleDescription('By the end, they gave 0 and took 5; you gave 1 and took 0.');
    const flag = within(screen.getByRole('list', { name: 'Red flags' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('sought proprietary information'));
    if (!flag) throw new Error('the proprietary flag is missing');
    await user.click(within(flag).getByRole('button', { name: 'Show moments' }));
    const highlighted = screen
      .getByRole('list', { name: 'Timeline' })
      .querySelectorAll('[data-highlighted]');
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]).toHaveTextContent('Proprietary');
    await user.click(within(flag).getByRole('button', { name: 'Hide' }));
    expect(
      screen.getByRole('list', { name: 'Timeline' }).querySelectorAll('[data-highlighted]'),
    ).toHaveLength(0);
  });
});
