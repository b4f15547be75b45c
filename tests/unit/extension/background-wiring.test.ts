import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLiveCall } from '../../../lib/db/calls-repository';
import type { ReciprocityDatabase } from '../../../lib/db/database';
import { listenToCommands } from '../../../lib/extension/background-wiring';
import { freshDatabase } from '../support/fresh-database';
import { allMoments } from '../support/stored-moments';

type CommandListener = (name: string) => void;

let db: ReciprocityDatabase;
let listeners: CommandListener[];
beforeEach(() => {
  db = freshDatabase();
  listeners = [];
  // fakeBrowser has no `commands`: stand in for the one event the background listens to.
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: (cb: CommandListener) => listeners.push(cb) } },
  });
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

test('a global shortcut, as the browser delivers it, tags the live call and shows the count', async () => {
  const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  listenToCommands(db);
  expect(listeners).toHaveLength(1);
  listeners[0]?.('tag-them-proprietary');
  await vi.waitFor(async () => expect(await allMoments(db)).toHaveLength(1));
  expect(await allMoments(db)).toEqual([
    expect.objectContaining({
      side: 'them',
      kind: 'proprietary',
      callId: (await getLiveCall(db))?.id,
    }),
  ]);
  await vi.waitFor(() => expect(text).toHaveBeenCalledWith({ text: '1' }));
});
