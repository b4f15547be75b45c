// Dev only (issue 14): how fast could any History open be? Saves the History's first screen,
// as rendered, into the built extension as a static page — its stylesheets, no script, no
// read — and times its open in a new tab beside the blank page and the real History, the way
// the bench does. Whatever a page does to read and render, it cannot beat its static copy.
// Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/static-history-floor.ts
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DevSeedPage } from '../../tests/bench/dev-seed-page';
import { waitForSettledBrowser } from '../../tests/bench/settled-browser';
import { measurePageOpen, VIEWPORT } from '../../tests/bench/measure-history';
import {
  launchExtensionBrowser,
  makeProfileDir,
  removeProfileDir,
} from '../../tests/e2e/support/extension-browser';

const extensionDir = process.env.RC_EXTENSION_DIR ?? '.output/chrome-mv3-dev-pages';
const profile = await makeProfileDir();
const seeding = await launchExtensionBrowser(profile);
try {
  await (await DevSeedPage.open(seeding.context, seeding.extensionId)).seed();
  const page = await seeding.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${seeding.extensionId}/calls.html#/`);
  await page.getByRole('listitem').nth(12).waitFor();
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await writeFile(join(extensionDir, 'dev-static-history.html'), html);
  console.log(`static copy: ${(html.length / 1024).toFixed(1)} kB of HTML`);
} finally {
  await seeding.close();
}
const browser = await launchExtensionBrowser(profile);
try {
  const settle = (): Promise<void> => waitForSettledBrowser(profile);
  await settle();
  const base = `chrome-extension://${browser.extensionId}`;
  for (const [name, url, ready] of [
    ['blank page', `${base}/dev-blank.html`, { screen: 'blank' }],
    ['static copy of the History', `${base}/dev-static-history.html`, { screen: 'history' }],
    ['History', `${base}/calls.html#/`, { screen: 'history' }],
  ] as const) {
    const { median, runs } = await measurePageOpen(browser.context, url, ready, settle);
    console.log(`${name}: ${median.toFixed(1)} ms (${runs.map((r) => r.toFixed(0)).join(', ')})`);
  }
} finally {
  await browser.close();
  await removeProfileDir(profile);
}
