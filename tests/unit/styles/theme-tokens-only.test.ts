import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPONENTS_DIR, parseRules, readThemeCss, stylesheetPaths } from '../support/theme-tokens';

/**
 * theme.css holds the design tokens and the few rules on bare elements every page needs;
 * a screen's or a widget's rules live in a stylesheet beside it, imported by its component.
 */
const GLOBAL_SELECTORS = new Set([
  ':root',
  "[data-theme='light']",
  "[data-theme='dark']",
  '*',
  'body',
  'h1',
  'h2',
  'p',
  'button',
  'input',
  'select',
  'button:disabled',
  'fieldset',
  'legend',
  'details > summary',
  'summary > svg',
  ':focus-visible',
  "main h1[tabindex='-1']:focus",
]);

/** The selectors of `css` that are neither a global element rule nor tokens only. */
function rulesBeyondTokens(css: string): string[] {
  const atRules = [...css.matchAll(/@[\w-]+[^{;]*/g)].map((m) => m[0].trim());
  const rules = parseRules(css).filter((rule) => {
    const onlyTokens = [...rule.declarations.keys()].every((name) => name.startsWith('--'));
    const global = rule.selectors.every((selector) => GLOBAL_SELECTORS.has(selector));
    return !onlyTokens && !global;
  });
  return [...atRules, ...rules.map((rule) => rule.selectors.join(', '))];
}

describe('theme.css', () => {
  test('holds only tokens and the global element rules', () => {
    expect(rulesBeyondTokens(readThemeCss())).toEqual([]);
  });

  test('the check names a screen rule, an at-rule, and a token mixed with a screen style', () => {
    const css = `:root { --a: #fff; color: red; }
      .tone-x { --tone: var(--a); }
      .card { padding: 4px; }
      .live { --tone: red; gap: 2px; }
      @media (min-width: 1px) { body { margin: 0; } }`;
    expect(rulesBeyondTokens(css)).toEqual(['@media (min-width: 1px)', '.card', '.live']);
  });
});

const ENTRYPOINTS = join(COMPONENTS_DIR, '../entrypoints');
const GLOBAL_STYLESHEETS = ['theme.css', 'utilities.css', 'buttons.css', 'forms.css'].map(
  (name) => `../../components/ui/${name}`,
);
const FORCED_COLORS = '../../components/ui/forced-colors.css';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function cssImports(source: string): string[] {
  return [...source.matchAll(/^import '([^']+\.css)';$/gm)].map((m) => m[1] ?? '');
}

describe('stylesheets', () => {
  test.each(['sidepanel', 'calls'])(
    'the %s entry point imports only the global ones, forced colours last',
    (entry) => {
      const imports = cssImports(readFileSync(join(ENTRYPOINTS, entry, 'main.tsx'), 'utf8'));
      expect(imports).toEqual([...GLOBAL_STYLESHEETS, FORCED_COLORS]);
    },
  );

  test('every stylesheet under components/ is imported by a module', () => {
    const modules = [COMPONENTS_DIR, ENTRYPOINTS].flatMap((dir) => sourceFiles(dir));
    const imported = new Set(
      modules.flatMap((module) =>
        cssImports(readFileSync(module, 'utf8')).map((path) => join(module, '..', path)),
      ),
    );
    const orphans = stylesheetPaths()
      .filter((path) => !imported.has(path))
      .map((path) => relative(COMPONENTS_DIR, path));
    expect(orphans).toEqual([]);
  });
});
