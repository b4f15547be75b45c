import react from '@vitejs/plugin-react';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/domain/commands';
import { MEETING_ORIGINS } from './lib/domain/meeting-tab';

/**
 * Pages for development only (entrypoints/dev-seed: the heavy-user data generator the
 * benchmark drives; entrypoints/dev-blank: an extension page with nothing in it, the floor the
 * benchmark times page opens against). Served by `wxt` (dev); built for production only with RC_DEV_PAGES=1, as
 * `npm run bench` does, and then into an output directory of its own (…-dev-pages), so that
 * such a build can never be mistaken for, zipped as, or tested as the shipped one.
 */
const DEV_PAGES: readonly string[] = ['dev-seed', 'dev-blank'];
const DEV_PAGES_BUILD = process.env.RC_DEV_PAGES === '1';
const withDevPages = (mode: string): boolean => mode === 'development' || DEV_PAGES_BUILD;

/**
 * The oldest Chrome that runs everything shipped: CSS `light-dark()` (123; every theme colour
 * is one) is the newest need. Below it: sidePanel.setPanelBehavior (116), `color-mix()` (111),
 * `@container` (105), Array findLast (97), Object.hasOwn (93). What the libraries' bundle
 * mentions above 123 they feature-test first (Dexie: Promise.withResolvers; zod:
 * URL.canParse; React: startViewTransition); our ClipboardItem copy falls back to plain text.
 * tests/unit/lint/browser-floor.test.ts scans our code for newer features and holds this to
 * the newest one used; tests/e2e/manifest.test.ts pins the built manifest's value.
 * Firefox's floor is strict_min_version below: 142, where data_collection_permissions is
 * known on Android as well as on desktop (140); addons-linter warns below it.
 */
const MINIMUM_CHROME_VERSION = '123';

export default defineConfig({
  // Explicit imports everywhere: code reads the same in the editor, tests and build.
  imports: false,
  // RC_UNMINIFIED=1 keeps function names, for reading a CPU profile (dev/profile).
  vite: () => ({
    plugins: [react()],
    ...(process.env.RC_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
    ...(process.env.RC_SOURCEMAP === '1' ? { build: { sourcemap: true } } : {}),
  }),
  ...(DEV_PAGES_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-dev-pages' } : {}),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The caption reader is registered at run time, never declared: WXT still leaves an
      // empty list behind, which would read as "runs on no page" but is one more key to audit.
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
    'entrypoints:found': (wxt, infos) => {
      if (withDevPages(wxt.config.mode)) return;
      // Removed before they are resolved: a production build neither builds nor mentions them.
      for (let i = infos.length - 1; i >= 0; i--) {
        if (DEV_PAGES.includes(infos[i]?.name ?? '')) infos.splice(i, 1);
      }
    },
    'entrypoints:grouped': (_wxt, groups) => {
      // Dev pages are built in a step of their own, so that sharing code with them does not
      // change how the shipped pages are split into chunks: those stay byte-for-byte the same.
      const devPages = [];
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        for (let i = group.length - 1; i >= 0; i--) {
          const entry = group[i];
          if (entry && DEV_PAGES.includes(entry.name)) devPages.push(...group.splice(i, 1));
        }
      }
      if (devPages.length > 0) groups.push(devPages);
    },
  },
  manifest: ({ browser }) => ({
    // Said in the browser's language: public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel is added by WXT for Chrome; nothing broader than storage is asked at install.
    // scripting (no install warning) registers the caption reader for the meeting hosts, and
    // only once the user has switched "Quotes from captions" on and granted those hosts.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    // Asked only when the user chooses to fill the call from the meeting tab.
    ...(browser === 'firefox'
      ? { optional_permissions: [...MEETING_ORIGINS] }
      : { optional_host_permissions: [...MEETING_ORIGINS] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reciprocity-coach@reciprocity.coach',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
});
