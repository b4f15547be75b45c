import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DatabaseProvider } from '../../../components/app-context/database-context';
import { SettingsProvider } from '../../../components/app-context/settings-context';
import { SettingsPage } from '../../../components/settings/settings-page';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { recordSuggestionOutcomeIn } from '../../../lib/db/quotes-repository';
import { getPreferences } from '../../../lib/db/settings-repository';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.close());

async function renderSettings() {
  const user = userEvent.setup();
  render(
    <DatabaseProvider db={db}>
      <SettingsProvider>
        <SettingsPage />
      </SettingsProvider>
    </DatabaseProvider>,
  );
  await screen.findByRole('heading', { name: 'Captions', level: 2 });
  return user;
}

test('captions: quotes only by default; choosing the whole transcript is saved', async () => {
  const user = await renderSettings();
  const quotes = screen.getByRole('radio', { name: /Keep quotes only \(default\)/ });
  expect(quotes).toBeChecked();
  expect(quotes).toHaveAccessibleDescription(/Only the words behind each tag are kept/);
  await user.click(screen.getByRole('radio', { name: /Keep the whole transcript/ }));
  await waitFor(async () => expect((await getPreferences(db)).captionsKept).toBe('transcript'));
  await waitFor(() =>
    expect(screen.getByRole('radio', { name: /Keep the whole transcript/ })).toBeChecked(),
  );
});

test('suggestions: an empty state, then accepted and ignored counts per kind', async () => {
  await renderSettings();
  expect(
    await screen.findByText(/No suggestions yet/, undefined, { timeout: 5_000 }),
  ).toBeInTheDocument();
  await recordSuggestionOutcomeIn(db, 'request', true);
  await recordSuggestionOutcomeIn(db, 'request', false);
  await recordSuggestionOutcomeIn(db, 'proprietary', false);
  await waitFor(() =>
    expect(
      within(screen.getByRole('list', { name: 'Suggestions accepted and ignored' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/: accepted 0, ignored 1$/),
      'Asked for something: accepted 1, ignored 1',
    ]),
  );
});
