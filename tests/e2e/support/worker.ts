import type { Worker } from 'playwright-core';
import type { WithCommandHook } from '../../../lib/extension/command-hook';

/** Runs the background's command handler, exactly as a global shortcut would. */
export async function pressGlobalShortcut(worker: Worker, command: string): Promise<unknown> {
  return worker.evaluate(async (name) => {
    // COMMAND_HOOK's value: the function runs in the worker, where imports cannot reach.
    const run = (globalThis as WithCommandHook).reciprocityRunCommand;
    if (!run) throw new Error('The worker has no reciprocityRunCommand: its start-up failed');
    return run(name);
  }, command);
}

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText: (d: object) => Promise<string> } };
    };
    return chrome.action.getBadgeText({});
  });
}

/** Puts a tag in the extension's storage as the background does when its write fails. */
export async function keepTagAsFailed(
  worker: Worker,
  tag: { id: string; side: 'them' | 'me'; kind: string; pressedAt: number; error: string },
): Promise<void> {
  await worker.evaluate(async (kept) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set: (items: object) => Promise<void> } } };
    };
    await chrome.storage.local.set({ [`unsaved-tag:${kept.id}`]: kept });
  }, tag);
}
