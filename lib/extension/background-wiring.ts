import { browser } from 'wxt/browser';
import type { ReciprocityDatabase } from '../db/database';
import { getLiveCall } from '../db/calls-repository';
import { flashBadge, showLiveCount, showWriteFailed } from './badge';
import { handleCommand, type CommandDeps, type CommandResult } from './handle-command';
import { keepUnsavedTag } from './unsaved-tags';

/**
 * Wires global shortcuts to the command handler; returns the runner for devtools and tests.
 * `afterTag` hears each committed tag (its quote is fetched then); the shortcut does not wait.
 */
export function listenToCommands(
  db: ReciprocityDatabase,
  afterTag?: (tag: { callId: string; momentId: string; pressedAt: number }) => void,
): (name: string) => Promise<CommandResult> {
  const deps: CommandDeps = {
    db,
    now: Date.now,
    showCount: showLiveCount,
    flash: flashBadge,
    keepUnsaved: keepUnsavedTag,
  };
  const run = async (name: string): Promise<CommandResult> => {
    try {
      const result = await handleCommand(name, deps);
      if (result.status === 'tagged') afterTag?.(result);
      return result;
    } catch (error) {
      await showWriteFailed();
      throw error;
    }
  };
  browser.commands.onCommand.addListener((name) => {
    run(name).catch((error: unknown) => console.error('Reciprocity Coach: tag failed', error));
  });
  return run;
}

/** After a browser restart the badge is blank; put the live call's count back. */
export async function restoreBadge(db: ReciprocityDatabase): Promise<void> {
  const live = await getLiveCall(db);
  await showLiveCount(live ? live.tally.total : null);
}
