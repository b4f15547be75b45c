import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ICON_ARTWORK, PROMO_TILE, STORE_ICON, writeStoreArt } from '../../dev/store/store-art';

// The store's icon and promo tile as `npm run zip` draws them (dev/store-assets.ts; its
// screenshots need a seeded build and are left out of the tests). The store takes PNGs of
// exact sizes, and a tile or screenshot without an alpha channel.

interface PngHeader {
  width: number;
  height: number;
  /** 2: RGB, 6: RGB with alpha. */
  colourType: number;
}

function pngHeader(png: Buffer): PngHeader {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] ?? -1 };
}

let browser: Browser;
let outDir: string;
let files: Map<string, Buffer>;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new'],
  });
  outDir = await mkdtemp(join(tmpdir(), 'reciprocity-store-art-'));
  const written = await writeStoreArt(browser, outDir);
  files = new Map(
    await Promise.all(written.map(async (path) => [basename(path), await readFile(path)] as const)),
  );
});

afterAll(async () => {
  await browser?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The alpha (0–255) of each pixel asked for, read back by the browser from the PNG. */
async function alphaAt(png: Buffer, points: Array<[x: number, y: number]>): Promise<number[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ src, points }) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D canvas');
        context.drawImage(image, 0, 0);
        return points.map(([x, y]) => context.getImageData(x, y, 1, 1).data[3] ?? -1);
      },
      { src: `data:image/png;base64,${png.toString('base64')}`, points },
    );
  } finally {
    await page.close();
  }
}

describe('store art', () => {
  test('the icon is 128 × 128 with its 96 px artwork centred in transparent padding', async () => {
    const icon = files.get('icon-128.png');
    if (!icon) throw new Error('icon-128.png was not written');
    expect(pngHeader(icon)).toEqual({ ...STORE_ICON, colourType: 6 });
    const pad = (STORE_ICON.width - ICON_ARTWORK) / 2;
    const mid = STORE_ICON.width / 2;
    const end = pad + ICON_ARTWORK;
    // Clear just outside the artwork on every side, solid just inside and at the centre.
    const outside = await alphaAt(icon, [
      [pad - 1, mid],
      [end, mid],
      [mid, pad - 1],
      [mid, end],
      [0, 0],
    ]);
    expect(outside).toEqual([0, 0, 0, 0, 0]);
    const inside = await alphaAt(icon, [
      [pad + 1, mid],
      [end - 2, mid],
      [mid, pad + 1],
      [mid, end - 2],
      [mid, mid],
    ]);
    expect(inside).toEqual([255, 255, 255, 255, 255]);
  });

  test('the promo tile is 440 × 280 without an alpha channel', () => {
    const tile = files.get('promo-tile-440x280.png');
    if (!tile) throw new Error('promo-tile-440x280.png was not written');
    expect(pngHeader(tile)).toEqual({ ...PROMO_TILE, colourType: 2 });
  });
});
