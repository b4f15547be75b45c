import { DevSeedPage } from '../../tests/bench/dev-seed-page';
import { waitForSettledBrowser } from '../../tests/bench/settled-browser';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../../tests/e2e/support/extension-browser';

type ExtensionBrowser = Awaited<ReturnType<typeof launchExtensionBrowser>>;

/**
 * Seeds the heavy user in a browser of its own (its garbage stays out of what is measured),
 * then runs `measure` in a fresh browser on that profile once it has settled, as the bench
 * does; `settle` waits until that browser is idle again. Cleans up after.
 */
export async function withSeededBrowser(
  measure: (browser: ExtensionBrowser, settle: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const profileDir = await makeProfileDir();
  try {
    const seeding = await launchExtensionBrowser(profileDir);
    try {
      await (await DevSeedPage.open(seeding.context, seeding.extensionId)).seed();
    } finally {
      await seeding.close();
    }
    const browser = await launchExtensionBrowser(profileDir);
    try {
      const settle = (): Promise<void> => waitForSettledBrowser(profileDir);
      await settle();
      await measure(browser, settle);
    } finally {
      await browser.close();
    }
  } finally {
    await removeProfileDir(profileDir);
  }
}
