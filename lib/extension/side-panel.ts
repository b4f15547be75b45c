import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
}

/** The toolbar icon opens the panel: Chrome's side panel, Firefox's sidebar. */
export function openPanelOnActionClick(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const firefox = browser as unknown as FirefoxSidebar;
  firefox.browserAction?.onClicked.addListener(() => {
    void firefox.sidebarAction?.toggle();
  });
}
