import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';

/** The built extension; `npm run bench` points it at its own build (with the dev pages). */
export const EXTENSION_DIR = resolve(
  process.env.RC_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3'),
);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Closes the browser cleanly. */
  close: () => Promise<void>;
  /** Kills the browser process with SIGKILL, as a crash would. */
  crash: () => Promise<void>;
}

export async function makeProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'reciprocity-e2e-'));
}

/**
 * Chromium's helper processes can still be writing into the profile for a moment after the
 * browser exits; retry, and never fail a test over a temporary directory.
 */
export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
    (error: unknown) => console.warn(`Could not remove ${dir}:`, error),
  );
}

function waitForDevtools(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before DevTools was ready:\n${log}`));
    });
  });
}

/**
 * Starts Debian's Chromium ourselves (rather than through Playwright's launcher) so
 * that a test can SIGKILL the real browser process and relaunch on the same profile.
 */
export async function launchExtensionBrowser(
  userDataDir: string,
  options: { lang?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      // The browser's language: what the extension's manifest and 'auto' UI language follow.
      ...(options.lang ? [`--lang=${options.lang}`, `--accept-lang=${options.lang}`] : []),
      `--user-data-dir=${userDataDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--remote-debugging-port=0',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-sandbox',
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      // On Linux Chromium takes its UI language from the environment; --lang alone is not enough.
      ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
    },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let connected: { browser: Browser; context: BrowserContext; worker: Worker };
  try {
    const endpoint = await waitForDevtools(child);
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium started without a default context');
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    connected = { browser, context, worker };
  } catch (error) {
    // A launch that failed half-way must not leave a browser running behind the test.
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
  const { browser, context, worker } = connected;
  const extensionId = new URL(worker.url()).host;
  return {
    browser,
    context,
    extensionId,
    worker,
    userDataDir,
    close: async () => {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
