// npm run store-assets (run by npm run zip): the Chrome Web Store listing's images, into
// .output/store/ beside the zips: the 128 px icon, the 440 × 280 promo tile and the 1280 × 800
// screenshots, from the built extension with the dev pages (RC_EXTENSION_DIR). Look at them
// before uploading. The privacy policy the listing links to is docs/privacy.md.
import { mkdir, rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { withSeededExtension } from './screenshot-scenes';
import { writeStoreArt } from './store/store-art';
import { writeStoreScreenshots } from './store/store-screenshots';

const OUT_DIR = '.output/store';

await rm(OUT_DIR, { recursive: true, force: true });
await mkdir(OUT_DIR, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new'],
});
try {
  for (const path of await writeStoreArt(browser, OUT_DIR)) console.log(path);
} finally {
  await browser.close();
}
await withSeededExtension((seeded) => writeStoreScreenshots(seeded, OUT_DIR).then(() => {}));
