import { defineBackground } from 'wxt/utils/define-background';
import { appDatabase } from '../lib/db/app-database';
import { requestPersistentStorage } from '../lib/db/request-persistence';
import { listenToCommands, restoreBadge } from '../lib/extension/background-wiring';
import { openPanelOnActionClick } from '../lib/extension/side-panel';

export default defineBackground(() => {
  const db = appDatabase();
  openPanelOnActionClick();
  const runCommand = listenToCommands(db);
  // Reachable from the worker's devtools console and the end-to-end tests, which
  // cannot press a global shortcut in a headless browser.
  Object.assign(globalThis, { reciprocityRunCommand: runCommand });
  void restoreBadge(db);
  void requestPersistentStorage();
});
