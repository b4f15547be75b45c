import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../components/shell/app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment, addMoment, deleteMoment } from '../../../lib/db/moments-repository';
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

  test('the meter moves with every moment and says who is getting more', async () => {
    await startCall(db, { title: 'Live' });
    const user = userEvent.setup();
    render(<App db={db} />);
    const meter = await screen.findByRole('meter', { name: 'Balance' });
    // Each step: the key, then the balance and caption only that moment can produce.
    const steps: Array<[string, string, string]> = [
      ['v', '1', 'You are getting more'],
      ['a', '0', 'Even so far'],
      ['{Shift>}A{/Shift}', '0.33', 'You are getting more'],
      ['t', '0.43', 'You are getting more'],
      ['{Shift>}V{/Shift}', '0.11', 'You are getting slightly more'],
      ['{Shift>}V{/Shift}', '-0.09', 'They are getting slightly more'],
      ['a', '-0.23', 'They are getting more'],
    ];
    for (const [key, value, caption] of steps) {
      await user.keyboard(key);
      await user.keyboard('{Escape}');
      await waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', value));
      // Shown beside the chip where the chip does not already say it; always in the meter.
      expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(`^${caption}\\.`));
    }
  });

  test('a one-sided exchange by a small margin is never called slight', async () => {
    await startCall(db, { title: 'Live' });
    const user = userEvent.setup();
    render(<App db={db} />);
    const region = await screen.findByRole('region', { name: 'Reciprocity so far' });
    for (const key of ['a', 'a', 'a', '{Shift>}T{/Shift}', ...Array(3).fill('{Shift>}A{/Shift}')]) {
      await user.keyboard(key);
      await user.keyboard('{Escape}');
    }
    // −0.08 only once all seven are in; then it is one-sided, and said without "slightly".
    await waitFor(() =>
      expect(screen.getByRole('meter', { name: 'Balance' })).toHaveAttribute(
        'aria-valuenow',
        '-0.08',
      ),
    );
    expect(within(region).getByText('One-sided: they only took')).toBeInTheDocument();
    expect(within(region).queryByText(/slightly/)).toBeNull();
    expect(screen.getByRole('meter', { name: 'Balance' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^They are getting more\./),
    );
  });

  test('live, the newest flags lead and the rest are counted, listed on the call’s page', async () => {
    await startCall(db, { title: 'Live' });
    const user = userEvent.setup();
    render(<App db={db} />);
    const region = await screen.findByRole('region', { name: 'Reciprocity so far' });
    for (const key of ['p', 'e', '{Shift>}O{/Shift}']) {
      await user.keyboard(key);
      await user.keyboard('{Escape}');
    }
    const list = await within(region).findByRole('list', { name: 'Red flags so far' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent?.trim()),
      ).toEqual([
        'You made big promises with no plan behind them (once).',
        'They were evasive about costs, timelines or processes (once).',
        '+1 more red flag — all are listed on the call’s page',
      ]),
    );
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
    ).toHaveAccessibleDescription(
      'Halfway through (0:30), they had given 0 and taken 3; you had given 0 and taken 0. ' +
        'By the end, they had given 0 and taken 5; you had given 1 and taken 0.',
    );
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

  test('the highlight follows its flag through edits, and leaves with it', async () => {
    const { call } = await startCall(db, { title: 'Review' }, 0);
    for (const at of [10_000, 20_000]) {
      await addMoment(db, call.id, { side: 'them', kind: 'request', pressedAt: at });
    }
    await addMoment(db, call.id, { side: 'me', kind: 'value', pressedAt: 30_000 });
    await endCall(db, call.id, 60_000);
    useStore.getState().openCall(call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    await screen.findByRole('list', { name: 'Red flags' });
    const help = () =>
      screen
        .queryAllByRole('listitem')
        .find((li) => li.textContent?.includes('never offered help'));
    const timeline = () =>
      screen.getByRole('list', { name: 'Timeline' }).querySelectorAll('[data-highlighted]');
    const flag = help();
    if (!flag) throw new Error('the never-offered-help flag is missing');
    await user.click(within(flag).getByRole('button', { name: 'Show moments' }));
    expect(timeline()).toHaveLength(2);

    await addMissedMoment(db, call.id, { side: 'them', kind: 'request', offsetMs: 40_000 });
    await waitFor(() => expect(timeline()).toHaveLength(3));

    const offer = await addMissedMoment(db, call.id, {
      side: 'them',
      kind: 'offer-help',
      offsetMs: 50_000,
    });
    await waitFor(() => expect(help()).toBeUndefined());
    expect(timeline()).toHaveLength(0);

    // The flag comes back with the offer gone, but not highlighted: that was let go.
    await deleteMoment(db, offer);
    await waitFor(() => expect(help()).toBeDefined());
    expect(timeline()).toHaveLength(0);
  });
});
