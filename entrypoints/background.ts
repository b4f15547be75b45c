import { defineBackground } from 'wxt/utils/define-background';
import { appDatabase } from '../lib/db/app-database';
import { requestPersistentStorage } from '../lib/db/request-persistence';
import { listenToCommands, restoreBadge } from '../lib/extension/background-wiring';
import { exposeCommandHook } from '../lib/extension/command-hook';
import { openPanelOnActionClick } from '../lib/extension/side-panel';

export default defineBackground({
  // Firefox (MV2): a page kept for the session, on purpose. As an event page (persistent:
  // false) a newly opened panel or page of ours sometimes never got past its first database
  // read in Firefox ESR 153 (2 of 9 end-to-end runs; 0 of 6 with this). Chrome ignores it.
  persistent: true,
  main,
});

function main(): void {
  const db = appDatabase();
  openPanelOnActionClick();
  const runCommand = listenToCommands(db);
  exposeCommandHook(globalThis, runCommand);
  void restoreBadge(db);
  void requestPersistentStorage();
}
