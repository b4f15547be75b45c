import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { firstScreenPreload } from '../../../components/history/first-screen';
import { FullPageApp } from '../../../components/shell/full-page-app';
import { endCall, startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
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
