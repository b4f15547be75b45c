import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '../../../components/settings/settings-page';
import { DatabaseProvider } from '../../../components/app-context/database-context';
import { SettingsProvider } from '../../../components/app-context/settings-context';
import { UndoNotice } from '../../../components/ui/undo-notice';
import { startCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { addMoment } from '../../../lib/db/moments-repository';
import { getCatalogue, getPreferences, saveCatalogue } from '../../../lib/db/settings-repository';
import { CATALOGUE_KEY } from '../../../lib/domain/catalogue';
import { addKind } from '../../../lib/domain/catalogue-edits';
import { freshDatabase } from '../support/fresh-database';

let db: ReciprocityDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  db.close();
  delete document.documentElement.dataset.theme;
});

async function renderSettings() {
  const user = userEvent.setup();
  render(
    <DatabaseProvider db={db}>
      <SettingsProvider>
        <SettingsPage />
        <UndoNotice />
      </SettingsProvider>
    </DatabaseProvider>,
  );
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  // The live catalogue has arrived once the default kinds are listed.
  await screen.findByRole('listitem', { name: 'Asked for something' });
  return { user };
}

const kindList = () => screen.getByRole('list', { name: 'Kinds on the tag pad' });
const labelsInOrder = () =>
  within(kindList())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));
const row = (label: string) => within(kindList()).getByRole('listitem', { name: label });
const addForm = () => screen.getByRole('form', { name: 'Add a custom kind' });

async function storedKind(id: string) {
  return (await getCatalogue(db)).kinds.find((k) => k.id === id);
}

describe('the settings page: tag pad', () => {
  test('lists every kind with its key and how it counts, in order', async () => {
    await renderSettings();
    expect(labelsInOrder()).toEqual((await getCatalogue(db)).kinds.map((k) => k.label));
    const asked = row('Asked for something');
    expect(within(asked).getByText('A')).toBeInTheDocument();
    expect(within(asked).getByText('Take')).toBeInTheDocument();
    expect(within(row('Offered value')).getByText('Give')).toBeInTheDocument();
    // Built-in kinds cannot be deleted, only hidden.
    expect(within(asked).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Move Asked for something up' })).toBeDisabled();
  });

  test('adds a custom give kind with a panel key; it joins the list and the stored catalogue', async () => {
    const { user } = await renderSettings();
    const form = addForm();
    await user.type(within(form).getByLabelText('Name'), 'Shared a lead');
    await user.selectOptions(within(form).getByLabelText('Counts as'), 'Give');
    await user.selectOptions(within(form).getByLabelText('Default weight'), '2');
    await user.type(within(form).getByLabelText('Panel key'), 'L');
    await user.click(within(form).getByRole('button', { name: 'Add kind' }));

    const added = await screen.findByRole('listitem', { name: 'Shared a lead' });
    expect(within(added).getByText('Give')).toBeInTheDocument();
    expect(within(added).getByText('L')).toBeInTheDocument();
    expect(labelsInOrder().at(-1)).toBe('Shared a lead');
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    const stored = (await getCatalogue(db)).kinds.at(-1);
    expect(stored).toMatchObject({
      id: 'custom-shared-a-lead',
      label: 'Shared a lead',
      classification: 'give',
      key: 'l',
      defaultWeight: 2,
      custom: true,
      hidden: false,
    });
  });

  test('a key already in use is refused with the reason, and nothing is saved', async () => {
    const { user } = await renderSettings();
    const form = addForm();
    await user.type(within(form).getByLabelText('Name'), 'Shared a lead');
    await user.type(within(form).getByLabelText('Panel key'), 'a');
    await user.click(within(form).getByRole('button', { name: 'Add kind' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      '“A” already tags “Asked for something”.',
    );
    expect(await db.settings.get(CATALOGUE_KEY)).toBeUndefined();
    expect(screen.queryByRole('listitem', { name: 'Shared a lead' })).toBeNull();

    // The same refusal when editing a kind's key.
    await user.click(screen.getByRole('button', { name: 'Edit Offered value' }));
    const editor = screen.getByRole('form', { name: 'Edit Offered value' });
    const key = within(editor).getByLabelText('Panel key');
    await user.clear(key);
    await user.type(key, 'a');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent(
      '“A” already tags “Asked for something”.',
    );
    expect(await db.settings.get(CATALOGUE_KEY)).toBeUndefined();
    expect((await storedKind('value'))?.key).toBe('v');
  });

  test('renames a kind, recolours and re-icons it; the editor closes and focus returns', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Edit Offered value' }));
    const editor = screen.getByRole('form', { name: 'Edit Offered value' });
    expect(within(editor).getByLabelText('Name')).toHaveFocus();
    // A built-in kind keeps how it counts.
    expect(within(editor).queryByLabelText('Counts as')).toBeNull();
    await user.clear(within(editor).getByLabelText('Name'));
    await user.type(within(editor).getByLabelText('Name'), 'Shared insight');
    await user.clear(within(editor).getByLabelText('Short name'));
    await user.type(within(editor).getByLabelText('Short name'), 'Insight');
    await user.selectOptions(within(editor).getByLabelText('Colour'), 'Blue');
    await user.selectOptions(within(editor).getByLabelText('Icon'), 'Light bulb');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));

    await screen.findByRole('listitem', { name: 'Shared insight' });
    expect(screen.queryByRole('form', { name: /Edit/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit Shared insight' })).toHaveFocus();
    expect(await storedKind('value')).toMatchObject({
      label: 'Shared insight',
      short: 'Insight',
      tone: 'commit',
      icon: 'lightbulb',
      classification: 'give',
    });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved “Shared insight”.');
  });

  test('Escape closes the editor without saving', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Edit Offered value' }));
    await user.keyboard(' and more');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit Offered value' })).toBeNull();
    expect(await db.settings.get(CATALOGUE_KEY)).toBeUndefined();
  });

  test('hides a kind and shows it again', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Hide Was evasive' }));
    await waitFor(async () => expect((await storedKind('evasive'))?.hidden).toBe(true));
    expect(await within(row('Was evasive')).findByText('Hidden')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show Was evasive' }));
    await waitFor(async () => expect((await storedKind('evasive'))?.hidden).toBe(false));
  });

  test('move up and down change the order, and focus follows the kind', async () => {
    const { user } = await renderSettings();
    const before = labelsInOrder();
    const second = before[1] ?? '';
    const first = before[0] ?? '';
    await user.click(screen.getByRole('button', { name: `Move ${second} up` }));
    await waitFor(() => expect(labelsInOrder().slice(0, 2)).toEqual([second, first]));
    expect((await getCatalogue(db)).kinds.map((k) => k.label).slice(0, 2)).toEqual([second, first]);
    // At the top, Move up is disabled: focus moves to its Move down.
    expect(screen.getByRole('button', { name: `Move ${second} down` })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: `Move ${second} down` }));
    await user.click(screen.getByRole('button', { name: `Move ${second} down` }));
    await waitFor(() => expect(labelsInOrder().slice(0, 3)).toEqual([first, before[2], second]));
    expect(screen.getByRole('button', { name: `Move ${second} down` })).toHaveFocus();
    expect((await getCatalogue(db)).kinds.map((k) => k.label).slice(0, 3)).toEqual([
      first,
      before[2],
      second,
    ]);
  });

  test('a custom kind in use cannot be deleted; "Hide it instead" hides it', async () => {
    const added = addKind(await getCatalogue(db), {
      label: 'Shared a lead',
      classification: 'give',
      defaultWeight: 1,
    });
    if (!added.ok) throw new Error(added.problem);
    await saveCatalogue(db, added.catalogue);
    const { call } = await startCall(db, { title: 'Acme' }, 0);
    await addMoment(db, call.id, { side: 'them', kind: 'custom-shared-a-lead', pressedAt: 1_000 });

    const { user } = await renderSettings();
    await user.click(await screen.findByRole('button', { name: 'Delete Shared a lead' }));
    const refusal = await within(row('Shared a lead')).findByRole('alert');
    expect(refusal).toHaveTextContent(
      '1 moment uses “Shared a lead”, so it cannot be deleted. Hide it instead: past calls keep it.',
    );
    expect(await storedKind('custom-shared-a-lead')).toBeDefined();

    await user.click(within(refusal).getByRole('button', { name: 'Hide it instead' }));
    await waitFor(async () =>
      expect((await storedKind('custom-shared-a-lead'))?.hidden).toBe(true),
    );
    expect(within(row('Shared a lead')).queryByRole('alert')).toBeNull();
  });

  test('an unused custom kind is deleted, and Undo puts it back in its place', async () => {
    const added = addKind(await getCatalogue(db), {
      label: 'Shared a lead',
      classification: 'give',
      defaultWeight: 1,
      key: 'l',
    });
    if (!added.ok) throw new Error(added.problem);
    await saveCatalogue(db, added.catalogue);
    const { user } = await renderSettings();
    await user.click(await screen.findByRole('button', { name: 'Delete Shared a lead' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Shared a lead' })).toBeNull(),
    );
    expect(await storedKind('custom-shared-a-lead')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('listitem', { name: 'Shared a lead' });
    expect(await storedKind('custom-shared-a-lead')).toMatchObject({ key: 'l' });
  });

  test('changing how a custom kind counts recounts stored tallies and says so', async () => {
    const added = addKind(await getCatalogue(db), {
      label: 'Shared a lead',
      classification: 'neutral',
      defaultWeight: 1,
    });
    if (!added.ok) throw new Error(added.problem);
    await saveCatalogue(db, added.catalogue);
    const { call } = await startCall(db, { title: 'Acme' }, 0);
    await addMoment(db, call.id, { side: 'them', kind: 'custom-shared-a-lead', pressedAt: 1_000 });

    const { user } = await renderSettings();
    await user.click(await screen.findByRole('button', { name: 'Edit Shared a lead' }));
    const editor = screen.getByRole('form', { name: 'Edit Shared a lead' });
    await user.selectOptions(within(editor).getByLabelText('Counts as'), 'Give');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Recounted 1 call with the new rule.')).toBeInTheDocument();
    expect((await db.calls.get(call.id))?.tally.give.them).toBe(1);
  });
});

describe('the settings page: preferences', () => {
  test('lead time is saved in milliseconds; an invalid one is refused and not saved', async () => {
    const { user } = await renderSettings();
    const input = screen.getByLabelText('Lead time (seconds)');
    expect(input).toHaveValue(5);
    await user.clear(input);
    await user.type(input, '8');
    await waitFor(async () => expect((await getPreferences(db)).leadTimeMs).toBe(8_000));

    await user.clear(input);
    await user.type(input, '90');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('The lead time is from 0 to 60 seconds.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await new Promise((r) => setTimeout(r, 500));
    expect((await getPreferences(db)).leadTimeMs).toBe(8_000);

    await user.clear(input);
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number of seconds from 0 to 60.');
    expect((await getPreferences(db)).leadTimeMs).toBe(8_000);
  });

  test('the other side gets a name, and the partner’s name can replace it', async () => {
    const { user } = await renderSettings();
    const name = screen.getByLabelText('Call the other side');
    expect(name).toHaveAttribute('placeholder', 'Them');
    await user.type(name, 'Partner');
    await user.tab();
    await waitFor(async () => expect((await getPreferences(db)).otherSideName).toBe('Partner'));
    await user.click(screen.getByLabelText('Use the partner’s name when the call has one'));
    await waitFor(async () => expect((await getPreferences(db)).usePartnerName).toBe(true));
  });

  test('the theme is saved and applied to the document', async () => {
    const { user } = await renderSettings();
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await getPreferences(db)).theme).toBe('dark'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'System' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  test('the shortcuts button opens the browser’s shortcuts page', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Choose keys for global shortcuts' }));
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        'chrome://extensions/shortcuts',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the shortcuts button says so when the browser cannot open its page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('not allowed'));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Choose keys for global shortcuts' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Open chrome://extensions/shortcuts in a new tab.',
    );
  });

  test('reset puts every setting back to its default, and Undo restores them', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Hide Was evasive' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await getPreferences(db)).theme).toBe('dark'));
    await waitFor(async () => expect((await storedKind('evasive'))?.hidden).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Reset all settings' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('Settings reset to defaults.')).toBeInTheDocument();
    expect(await db.settings.count()).toBe(0);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'System' })).toBeChecked());
    expect(screen.getByRole('button', { name: 'Hide Was evasive' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getPreferences(db)).theme).toBe('dark'));
    expect((await storedKind('evasive'))?.hidden).toBe(true);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked());
    expect(await screen.findByRole('button', { name: 'Show Was evasive' })).toBeInTheDocument();
  });
});
