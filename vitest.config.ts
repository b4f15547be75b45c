import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const MOCK_BROWSER = fileURLToPath(new URL('tests/unit/support/mock-browser.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          WxtVitest(),
          {
            // WXT 0.21.0's `wxt/browser` mock imports the bare `wxt/testing`, which pulls
            // esbuild into jsdom and crashes; resolve it to the same fakeBrowser directly.
            name: 'fake-browser-without-esbuild',
            enforce: 'pre',
            resolveId(id: string) {
              return id === 'wxt/browser' || id.endsWith('wxt/dist/virtual/mock-browser')
                ? MOCK_BROWSER
                : undefined;
            },
          },
        ],
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One real browser at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The Firefox build in Debian's Firefox ESR, over WebDriver BiDi (puppeteer-core).
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
