import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UNDO_WINDOW_MS, UndoNotice } from '../../../components/ui/undo-notice';
import { useStore } from '../../../lib/store/store';

beforeEach(() => {
  vi.useFakeTimers();
  // Testing Library drains React's work with a setTimeout, and advances it only when it
  // sees Jest's fake timers; it knows Vitest's under Jest's name.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderNotice() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <>
      <main>
        <h1>Partner page</h1>
        <button type="button">Elsewhere</button>
      </main>
      <UndoNotice />
    </>,
  );
  return user;
}

function offer(message: string, undo: () => Promise<void> = () => Promise.resolve()) {
  act(() => useStore.getState().offerUndo({ message, undo }));
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const undoButton = (message: string) =>
  screen.getByRole('button', { name: 'Undo', description: message });
const notice = (message: string) => screen.queryByText(message);

describe('the undo notice', () => {
  test('offers Undo for 15 s, then goes', () => {
    renderNotice();
    offer('“Acme intro” deleted.');
    expect(undoButton('“Acme intro” deleted.')).toBeVisible();
    wait(UNDO_WINDOW_MS - 1);
    expect(notice('“Acme intro” deleted.')).toBeInTheDocument();
    wait(1);
    expect(notice('“Acme intro” deleted.')).toBeNull();
  });

  test('its time stands still while the pointer is on it, and runs on from there', async () => {
    const user = renderNotice();
    offer('Acme deleted.');
    wait(10_000);
    await user.hover(screen.getByText('Acme deleted.'));
    wait(60_000);
    expect(notice('Acme deleted.')).toBeInTheDocument();
    await user.unhover(screen.getByText('Acme deleted.'));
    wait(UNDO_WINDOW_MS - 10_000 - 50);
    expect(notice('Acme deleted.')).toBeInTheDocument();
    wait(50);
    expect(notice('Acme deleted.')).toBeNull();
  });

  test('its time stands still while focus is in it, Undo or Dismiss, and runs on after', async () => {
    const user = renderNotice();
    offer('Acme deleted.');
    wait(10_000);
    await user.tab();
    await user.tab();
    expect(undoButton('Acme deleted.')).toHaveFocus();
    wait(30_000);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Dismiss: Acme deleted.' })).toHaveFocus();
    wait(30_000);
    expect(notice('Acme deleted.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    wait(UNDO_WINDOW_MS - 10_000 - 50);
    expect(notice('Acme deleted.')).toBeInTheDocument();
    wait(50);
    expect(notice('Acme deleted.')).toBeNull();
  });

  test('a second deletion adds its own notice: the first one’s Undo stays and undoes the first', async () => {
    const user = renderNotice();
    const first = vi.fn(() => Promise.resolve());
    const second = vi.fn(() => Promise.resolve());
    offer('“Acme intro” deleted.', first);
    wait(5_000);
    offer('“Globex sync” deleted.', second);
    await user.click(undoButton('“Acme intro” deleted.'));
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
    await waitFor(() => expect(notice('“Acme intro” deleted.')).toBeNull());
    expect(undoButton('“Globex sync” deleted.')).toBeVisible();
  });

  test('each notice has its own 15 s', () => {
    renderNotice();
    offer('First deleted.');
    wait(5_000);
    offer('Second deleted.');
    wait(UNDO_WINDOW_MS - 5_000);
    expect(notice('First deleted.')).toBeNull();
    expect(notice('Second deleted.')).toBeInTheDocument();
    wait(5_000);
    expect(notice('Second deleted.')).toBeNull();
  });

  test('focus on a notice that goes moves to the next Undo, then to the heading, never to <body>', async () => {
    const user = renderNotice();
    offer('First deleted.');
    offer('Second deleted.');
    await user.tab();
    await user.tab();
    expect(undoButton('First deleted.')).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(undoButton('Second deleted.')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Dismiss: Second deleted.' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Partner page' })).toHaveFocus(),
    );
    expect(notice('Second deleted.')).toBeNull();
  });

  test('a notice undone from the keyboard does not leave the next one paused', async () => {
    const user = renderNotice();
    offer('First deleted.');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(notice('First deleted.')).toBeNull());
    offer('Second deleted.');
    wait(UNDO_WINDOW_MS);
    expect(notice('Second deleted.')).toBeNull();
  });

  test('an undo that fails says why and keeps the notice, to try again', async () => {
    const user = renderNotice();
    offer('Acme deleted.', () => Promise.reject(new Error('The database is blocked.')));
    await user.click(undoButton('Acme deleted.'));
    expect(await screen.findByText('Could not undo: The database is blocked.')).toBeVisible();
    expect(screen.getByRole('button', { name: /Undo/ })).toBeEnabled();
  });
});
