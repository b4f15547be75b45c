import type { CommandResult } from './handle-command';

/**
 * The one thing the background puts on its global scope: its command handler, the very
 * function `commands.onCommand` calls. A headless browser cannot press a global shortcut, so
 * the end-to-end tests (Chromium's service worker, Firefox's background page) run it here,
 * exactly as a shortcut would; a developer can too, from the background's devtools console:
 * `await reciprocityRunCommand('tag-them-request')`. It reads and writes nothing a page of
 * the extension could not already, and no web page can reach an extension's background.
 */
export const COMMAND_HOOK = 'reciprocityRunCommand';

export type RunCommand = (name: string) => Promise<CommandResult>;

/** The background's global scope, as the tests and the devtools console see it. */
export interface WithCommandHook {
  [COMMAND_HOOK]?: RunCommand;
}

export function exposeCommandHook(scope: object, run: RunCommand): void {
  Object.assign(scope, { [COMMAND_HOOK]: run } satisfies WithCommandHook);
}
