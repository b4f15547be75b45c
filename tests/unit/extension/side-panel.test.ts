import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelOnActionClick } from '../../../lib/extension/side-panel';

const added = ['sidePanel', 'sidebarAction', 'browserAction'] as const;
afterEach(() => {
  for (const key of added) Reflect.deleteProperty(fakeBrowser, key);
});

test('Chrome: the toolbar icon opens the side panel', () => {
  const setPanelBehavior = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior } });
  openPanelOnActionClick();
  expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
});

test('Firefox: the toolbar icon toggles the sidebar', () => {
  let onClick: (() => void) | undefined;
  const toggle = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, {
    sidebarAction: { toggle },
    browserAction: { onClicked: { addListener: (cb: () => void) => (onClick = cb) } },
  });
  openPanelOnActionClick();
  expect(toggle).not.toHaveBeenCalled();
  onClick?.();
  expect(toggle).toHaveBeenCalledTimes(1);
});
