// The Chrome Web Store's images drawn from public/icon.svg: the 128 px store icon and the
// small promo tile. Quick (one page, no extension), so tests/e2e/store-art.test.ts runs it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { escapeHtml } from './html';

export interface Size {
  width: number;
  height: number;
}

/** The store's icon: 96 px of artwork centred in 16 px of transparent padding (its guideline). */
export const STORE_ICON: Size = { width: 128, height: 128 };
export const ICON_ARTWORK = 96;
export const PROMO_TILE: Size = { width: 440, height: 280 };
export const PROMO_LINE = 'See who gave and who took in every partner call.';

const ICON_SVG = new URL('../../public/icon.svg', import.meta.url);

function storeIconHtml(svg: string): string {
  const pad = (STORE_ICON.width - ICON_ARTWORK) / 2;
  return `<style>
    html, body { margin: 0; background: transparent; }
    svg { display: block; width: ${ICON_ARTWORK}px; height: ${ICON_ARTWORK}px; margin: ${pad}px; }
  </style>${svg}`;
}

// The tile is read at a glance among many: the icon, the name and one line, large, with no
// screenshot in it (the store's advice). Colours from the icon; text contrast above WCAG AA.
function promoTileHtml(svg: string): string {
  return `<style>
    html, body { margin: 0; }
    body {
      width: ${PROMO_TILE.width}px; height: ${PROMO_TILE.height}px; box-sizing: border-box;
      display: flex; align-items: center; gap: 24px; padding: 0 32px;
      background: linear-gradient(135deg, #eef2ff 0%, #e0e7ff 100%);
      font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; color: #1e1b4b;
    }
    svg { flex: none; width: 112px; height: 112px; filter: drop-shadow(0 6px 14px #4f46e540); }
    h1 { margin: 0 0 10px; font-size: 30px; line-height: 1.1; letter-spacing: -0.01em; }
    p { margin: 0; font-size: 18px; line-height: 1.35; color: #3730a3; text-wrap: balance; }
  </style>
  <body>${svg}<div><h1>Reciprocity Coach</h1><p>${escapeHtml(PROMO_LINE)}</p></div></body>`;
}

/** Renders the icon and the tile into `outDir`; returns the files written. */
export async function writeStoreArt(browser: Browser, outDir: string): Promise<string[]> {
  const svg = await readFile(ICON_SVG, 'utf8');
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  try {
    const art: Array<[name: string, size: Size, html: string, transparent: boolean]> = [
      ['icon-128.png', STORE_ICON, storeIconHtml(svg), true],
      ['promo-tile-440x280.png', PROMO_TILE, promoTileHtml(svg), false],
    ];
    const written = [];
    for (const [name, size, html, transparent] of art) {
      await page.setViewportSize(size);
      await page.setContent(html);
      const path = join(outDir, name);
      await writeFile(path, await page.screenshot({ omitBackground: transparent }));
      written.push(path);
    }
    return written;
  } finally {
    await page.close();
  }
}
