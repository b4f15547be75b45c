import { browser } from 'wxt/browser';

const COLOUR = '#4f46e5';
const FLASH_COLOUR = '#16a34a';
const FLASH_MS = 600;

// Firefox's MV2 build has browserAction where Chrome's MV3 has action.
function actionApi(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

/** The live call's moment count on the toolbar icon; null clears it. */
export async function showLiveCount(count: number | null): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: COLOUR });
  await action.setBadgeText({ text: count === null ? '' : String(count) });
}

/** A short colour pulse so a tag made from the meeting tab is confirmed at a glance. */
export async function flashBadge(): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: FLASH_COLOUR });
  setTimeout(() => {
    void action.setBadgeBackgroundColor({ color: COLOUR });
  }, FLASH_MS);
}

/** A failed write from a shortcut has no panel to speak in: the badge says so instead. */
export async function showWriteFailed(): Promise<void> {
  const action = actionApi();
  await action.setBadgeBackgroundColor({ color: '#dc2626' });
  await action.setBadgeText({ text: '!' });
}
