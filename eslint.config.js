import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (target, from, message) => ({ target, from, message });

/** Every entry point; none may import another. */
const SHIPPED_ENTRY_POINTS = [
  './entrypoints/background.ts',
  './entrypoints/sidepanel',
  './entrypoints/calls',
  './entrypoints/options',
];
const ENTRY_POINTS = [...SHIPPED_ENTRY_POINTS, './entrypoints/dev-seed'];

/**
 * The screen folders under components/: none imports another, nor the shell (the app roots
 * that choose a screen). What two screens share lives in components/ui (pieces) or
 * components/app-context (the contexts the shell provides), which import no screen.
 */
const SCREEN_FOLDERS = ['backup', 'history', 'home', 'live', 'partners', 'review', 'settings'].map(
  (name) => `./components/${name}`,
);
const SHARED_FOLDERS = ['./components/ui', './components/app-context'];

/** Dexie's tables (lib/db/database.ts): read and written through lib/db functions only. */
const TABLES = ['partners', 'calls', 'callMoments', 'settings', 'transcripts'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { URL: 'readonly', console: 'readonly' } },
  },
  ...tseslint.configs.strict,
  // Accessibility rules on every component and page; a disable says why in its comment.
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['**/*.tsx'],
    rules: {
      // DateInput renders an <input type="date"> (beside a decorative icon): a label around
      // it names that input.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['DateInput'] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer(
              './lib/domain',
              ['./lib/db', './lib/extension', './lib/store', './components', './entrypoints'],
              'lib/domain is pure: it imports nothing above it.',
            ),
            layer(
              './lib/db',
              ['./lib/extension', './lib/store', './components', './entrypoints'],
              'lib/db sits below extension, store and UI.',
            ),
            layer(
              './lib/extension',
              ['./lib/store', './components', './entrypoints'],
              'lib/extension sits below store and UI.',
            ),
            layer(
              './lib/store',
              ['./components', './entrypoints'],
              'Stores know nothing of the UI.',
            ),
            layer('./components', ['./entrypoints'], 'Components never import entry points.'),
            ...SCREEN_FOLDERS.map((screen) =>
              layer(
                screen,
                [...SCREEN_FOLDERS.filter((other) => other !== screen), './components/shell'],
                'A screen imports no other screen and not the shell: move what both need to ' +
                  'components/ui, or a context to components/app-context.',
              ),
            ),
            ...SHARED_FOLDERS.map((shared) =>
              layer(
                shared,
                [...SCREEN_FOLDERS, './components/shell'],
                'Shared components know no screen and not the shell.',
              ),
            ),
            layer(
              './components/app-context',
              ['./components/ui'],
              'The contexts sit below the shared UI.',
            ),
            // dev/: the data generator, seeder, bench floors and dev pages; never shipped.
            ...['./lib', './components', ...SHIPPED_ENTRY_POINTS].map((shipped) =>
              layer(shipped, ['./dev'], 'Shipped code never imports dev-only code (dev/).'),
            ),
            layer(
              './dev/generate',
              [
                './lib/db',
                './lib/extension',
                './lib/store',
                './components',
                './entrypoints',
                './dev/db',
                './dev/components',
              ],
              'dev/generate is pure, like lib/domain.',
            ),
            ...ENTRY_POINTS.map((entry) =>
              layer(
                entry,
                ENTRY_POINTS.filter((other) => other !== entry),
                'No entry point imports another.',
              ),
            ),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Only lib/extension calls browser.* APIs.' },
            { name: 'dexie', message: 'Only lib/db touches IndexedDB.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/db/**', 'dev/**', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // `db.calls`, `database.calls`, `this.db.calls`... for each table.
          selector: `MemberExpression:matches([object.name=/^(db|database)$/], [object.property.name="db"])[property.name=/^(${TABLES.join('|')})$/]`,
          message:
            'Only lib/db touches Dexie tables: read and write through a lib/db function (add one if none fits).',
        },
      ],
    },
  },
  {
    files: ['lib/extension/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'wxt/browser', message: 'Only lib/extension calls browser.* APIs.' }] },
      ],
    },
  },
  {
    // A transaction over a list of tables takes a named scope, so that one concern (what a
    // moment write touches, what a recount touches) is one list, kept in one place.
    files: ['lib/db/**'],
    ignores: ['lib/db/transaction-scopes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='transaction'] > ArrayExpression, CallExpression[callee.property.name='transaction'][arguments.length>=6]",
          message:
            'Name the tables a transaction takes in lib/db/transaction-scopes.ts (momentWriteTables, recountTables) instead of listing them.',
        },
      ],
    },
  },
  {
    files: ['lib/domain/**', 'dev/generate/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'dexie',
                'dexie-*',
                'react',
                'react-*',
                'wxt',
                'wxt/*',
                'zustand',
                'zustand/*',
              ],
              message: 'lib/domain is pure TypeScript: no DOM, browser, Dexie or React.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components stay compositions of small named parts (split into the same folder).
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
