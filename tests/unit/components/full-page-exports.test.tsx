import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMissedMoment } from '../../../lib/db/moments-repository';
import { captureDownloads } from '../support/capture-downloads';
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

async function endedCall(title: string, partnerName: string, at: number): Promise<void> {
  const { call } = await startCall(db, { title, partnerName }, at);
  await endCall(db, call.id, at + 30 * 60_000);
}

test('History downloads the calls it shows, filtered and in its order, one CSV row each', async () => {
  await endedCall('Acme intro', 'Acme', Date.UTC(2026, 10, 2));
  await endedCall('Globex sync', 'Globex', Date.UTC(2026, 10, 3));
  await endedCall('Acme pricing', 'Acme', Date.UTC(2026, 10, 4));
  const user = userEvent.setup();
  render(<FullPageApp db={db} />);
  await screen.findByText('3 calls');
  await user.type(screen.getByLabelText('Search calls'), 'acme');
  await screen.findByText('2 calls');
  const files = await captureDownloads(async (caught) => {
    await user.click(screen.getByRole('button', { name: /Download these calls/ }));
    await waitFor(() => expect(caught).toHaveLength(1));
  });
  const text = (await files[0]?.text()) ?? '';
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => [r.title, r.partner, r.duration_min])).toEqual([
    ['Acme pricing', 'Acme', '30'],
    ['Acme intro', 'Acme', '30'],
  ]);
});

test('a partner page downloads its calls as CSV and its open commitments with a due date as .ics', async () => {
  const { call } = await startCall(
    db,
    { title: 'Acme intro', partnerName: 'Acme' },
    Date.UTC(2026, 10, 2),
  );
  await addMissedMoment(db, call.id, {
    side: 'them',
    kind: 'commitment',
    offsetMs: 60_000,
    note: 'send the pilot sites',
    dueAt: Date.UTC(2026, 11, 11, 12),
  });
  await endCall(db, call.id, Date.UTC(2026, 10, 2, 0, 30));
  window.history.replaceState(null, '', `#/partner/${call.partnerId}`);
  const user = userEvent.setup();
  render(<FullPageApp db={db} />);
  await screen.findByRole('heading', { name: 'Acme', level: 1 });

  const [csv] = await captureDownloads(async (caught) => {
    await user.click(screen.getByRole('button', { name: /Download calls/ }));
    await waitFor(() => expect(caught).toHaveLength(1));
  });
  expect((await csv?.text()) ?? '').toContain('Acme intro,Acme,Other,30,');

  const [ics] = await captureDownloads(async (caught) => {
    await user.click(screen.getByRole('button', { name: /Open commitments to calendar/ }));
    await waitFor(() => expect(caught).toHaveLength(1));
  });
  const [event] = new ICAL.Component(ICAL.parse((await ics?.text()) ?? '')).getAllSubcomponents(
    'vevent',
  );
  expect(event?.getFirstPropertyValue('summary')).toBe('Acme: send the pilot sites (theirs)');
});
