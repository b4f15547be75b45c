// Dev only: the History's open in a new tab, as the bench times it (median of 9), alone and
// beside the blank page, three rounds.
// Run: RC_EXTENSION_DIR=.output/chrome-mv3-dev-pages vite-node dev/profile/history-open-once.ts
import { measurePageOpen } from '../../tests/bench/measure-history';
import { withSeededBrowser } from './seeded-browser';

await withSeededBrowser(async (browser, settle) => {
  const base = `chrome-extension://${browser.extensionId}`;
  // RC_PAGES=calls,calls-warm compares variants of the page built into the extension by hand.
  const pages = (process.env.RC_PAGES ?? 'calls').split(',');
  for (let round = 0; round < 3; round++)
    for (const [name, url, ready] of [
      ['blank page', `${base}/dev-blank.html`, { screen: 'blank' }] as const,
      ...pages.map((p) => [p, `${base}/${p}.html#/`, { screen: 'history' }] as const),
    ]) {
      const { median, runs } = await measurePageOpen(browser.context, url, ready, settle);
      console.log(`${name}: ${median.toFixed(1)} ms (${runs.map((r) => r.toFixed(0)).join(', ')})`);
    }
});
