import { browser } from 'wxt/browser';

interface FirefoxCommands {
  openShortcutSettings?: () => Promise<void>;
}

/** Opens the browser's page for binding keys to our commands. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as FirefoxCommands;
  if (commands.openShortcutSettings) {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export interface BoundShortcut {
  name: string;
  shortcut: string;
}

/** The keys the user actually has bound, which may differ from our suggestions. */
export async function readBoundShortcuts(): Promise<BoundShortcut[]> {
  const all = await browser.commands.getAll();
  return all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
}
