import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/shell/app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
});
afterEach(() => db.close());

describe('home screen', () => {
  test('with no calls: an empty state that says how to begin', async () => {
    render(<App db={db} />);
    expect(await screen.findByText(/No calls yet/)).toBeInTheDocument();
  });

  test('Start call in one click opens the live screen', async () => {
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Start call' }));
    expect(await screen.findByRole('button', { name: /End call/ })).toBeInTheDocument();
    expect((await db.calls.toArray())[0]).toMatchObject({ endedAt: null, platform: 'other' });
  });

  test('a name close to a known partner asks "Did you mean…?"; one click uses the known one', async () => {
    const first = await startCall(db, { title: 'Old', partnerName: 'Acme Robotics' });
    await endCall(db, first.call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    const field = await screen.findByLabelText('Partner (optional)');
    await user.type(field, 'Acme Robotic');
    expect(await screen.findByText(/Did you mean/)).toHaveTextContent(
      'Did you mean Acme Robotics? Use Acme Robotics Otherwise “Acme Robotic” becomes a new partner.',
    );
    await user.click(screen.getByRole('button', { name: 'Use Acme Robotics' }));
    expect(field).toHaveValue('Acme Robotics');
    expect(field).toHaveFocus();
    expect(screen.queryByText(/Did you mean/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(await screen.findByText('with Acme Robotics')).toBeInTheDocument();
    expect((await db.partners.toArray()).map((p) => p.name)).toEqual(['Acme Robotics']);
  });

  test('going on with the near name makes a new partner, as typed', async () => {
    const first = await startCall(db, { title: 'Old', partnerName: 'Acme Robotics' });
    await endCall(db, first.call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.type(await screen.findByLabelText('Partner (optional)'), 'Acme Robotic');
    await screen.findByText(/Did you mean/);
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(await screen.findByText('with Acme Robotic')).toBeInTheDocument();
    expect((await db.partners.toArray()).map((p) => p.name).sort()).toEqual([
      'Acme Robotic',
      'Acme Robotics',
    ]);
  });

  test('a title and a new partner are saved with the call; known partners are suggested', async () => {
    const first = await startCall(db, { title: 'Old', partnerName: 'Acme Ventures' });
    await endCall(db, first.call.id);
    const user = userEvent.setup();
    const { container } = render(<App db={db} />);
    await user.type(await screen.findByLabelText('Title (optional)'), 'Second <i>call</i>');
    await user.type(screen.getByLabelText('Partner (optional)'), 'acme');
    await waitFor(() =>
      expect(container.querySelector('datalist option')).toHaveAttribute('value', 'Acme Ventures'),
    );
    await user.clear(screen.getByLabelText('Partner (optional)'));
    await user.type(screen.getByLabelText('Partner (optional)'), 'Bolt Labs{Enter}');
    expect(await screen.findByRole('heading', { name: 'Second <i>call</i>' })).toBeInTheDocument();
    expect(await screen.findByText('with Bolt Labs')).toBeInTheDocument();
    expect((await db.partners.toArray()).map((p) => p.name).sort()).toEqual([
      'Acme Ventures',
      'Bolt Labs',
    ]);
  });

  test('Fill from meeting tab asks for access, then fills title and platform', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'https://meet.google.com/abc-defg-hij', title: 'Meet - Acme partnership' } as never,
    ]);
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.click(await screen.findByRole('button', { name: /Fill from meeting tab/ }));
    expect(request).toHaveBeenCalledWith({
      origins: expect.arrayContaining(['https://meet.google.com/*']),
    });
    expect(await screen.findByDisplayValue('Acme partnership')).toBeInTheDocument();
    expect(screen.getByLabelText('Platform')).toHaveValue('meet');
  });

  test('declining access leaves a plain way forward', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.click(await screen.findByRole('button', { name: /Fill from meeting tab/ }));
    expect(await screen.findByText(/type a title instead/)).toBeInTheDocument();
  });

  test('recent calls open their page', async () => {
    const { call } = await startCall(db, { title: 'Review me' });
    await endCall(db, call.id);
    const user = userEvent.setup();
    render(<App db={db} />);
    await user.click(await screen.findByRole('button', { name: /Review me/ }));
    expect(await screen.findByRole('heading', { name: 'Review me' })).toBeInTheDocument();
    expect(screen.getByText('No moments were tagged in this call.')).toBeInTheDocument();
  });
});
