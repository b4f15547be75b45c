import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { FullPageApp, preloadRoute } from '../../../components/shell/full-page-app';
import { NAV_LINKS } from '../../../components/shell/page-routes';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
  window.history.replaceState(null, '', '#/');
});
afterEach(() => {
  firstScreenPreload.drop();
  db.close();
});

describe('the full page route table', () => {
  test('the nav: one link per top-level page, in order, each current on the pages within it', () => {
    expect(NAV_LINKS.map(({ name, label, current }) => ({ name, label, current }))).toEqual([
      { name: 'history', label: 'shell.nav.history', current: ['history', 'call'] },
      { name: 'partners', label: 'shell.nav.partners', current: ['partners', 'partner'] },
      { name: 'backup', label: 'shell.nav.backup', current: ['backup'] },
      { name: 'settings', label: 'shell.nav.settings', current: ['settings'] },
    ]);
  });

  test.each([
    ['#/', 'History', 'History'],
    ['#/partners', 'Partners', 'Partners'],
    ['#/backup', 'Backup and restore', 'Backup'],
    ['#/settings', 'Settings', 'Settings'],
  ])('%s opens its page, titled, with its nav link current', async (hash, heading, link) => {
    window.history.replaceState(null, '', hash);
    render(<FullPageApp db={db} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${heading} — Reciprocity Coach`));
    const current = screen
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'page');
    expect(current.map((a) => a.textContent?.trim())).toEqual([link]);
  });

  test("a call's page (lazy) is titled by the call, under History", async () => {
    const { call } = await startCall(db, { title: 'Acme pilot', partnerName: 'Acme' });
    await endCall(db, call.id);
    window.history.replaceState(null, '', `#/call/${call.id}`);
    render(<FullPageApp db={db} />);
    await screen.findByRole('heading', { level: 1, name: 'Acme pilot' }, { timeout: 5_000 });
    await waitFor(() => expect(document.title).toBe('Acme pilot — call — Reciprocity Coach'));
    expect(screen.getByRole('link', { name: /History/ })).toHaveAttribute('aria-current', 'page');
  });

  test('preloading any route, even an unknown call, never throws nor rejects unhandled', async () => {
    for (const hash of [
      '#/',
      '#/partners',
      '#/partner/nobody',
      '#/call/none',
      '#/backup',
      '#/settings',
    ]) {
      expect(() => preloadRoute(db, hash)).not.toThrow();
    }
    await waitFor(() => expect(firstScreenPreload.snapshot()).toBeDefined());
  });
});
