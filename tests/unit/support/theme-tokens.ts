import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the stylesheets the way a browser would for the two themes, enough to check colour
 * contrast in plain Node: the `:root` custom properties of components/ui/theme.css (with
 * `light-dark()` and `var()` resolved) and the `color`/`background` of a rule in any
 * stylesheet under components/ (a widget's rules live beside it, not in theme.css). Anything that is not an opaque
 * hex colour is refused, so a token that can only be judged against what lies beneath it
 * (a `color-mix()` with transparent, an rgba) fails loudly instead of being guessed at.
 */

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export const COMPONENTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../components');
const THEME_CSS = join(COMPONENTS_DIR, 'ui/theme.css');

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

export function readThemeCss(): string {
  return withoutComments(readFileSync(THEME_CSS, 'utf8'));
}

/** Every stylesheet under components/, by path. */
export function stylesheetPaths(dir: string = COMPONENTS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheetPaths(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Every stylesheet under components/, one after the other, theme.css first. */
export function readAllStylesheets(): string {
  const others = stylesheetPaths().filter((path) => path !== THEME_CSS);
  return [
    readThemeCss(),
    ...others.map((path) => withoutComments(readFileSync(path, 'utf8'))),
  ].join('\n');
}

interface Rule {
  selectors: string[];
  declarations: Map<string, string>;
}

/** The innermost `selector { declarations }` blocks (rules inside @media included). */
export function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const part of (match[2] ?? '').split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    const selectors = (match[1] ?? '').split(',').map((s) => s.trim());
    rules.push({ selectors, declarations });
  }
  return rules;
}

export class ThemeTokens {
  private readonly tokens: Map<string, string>;
  private readonly rules: Rule[];

  /** Tokens from `tokenCss` (theme.css), rules from `ruleCss` (every stylesheet). */
  constructor(tokenCss: string = readThemeCss(), ruleCss: string = readAllStylesheets()) {
    const root = parseRules(tokenCss).find((r) => r.selectors.includes(':root'));
    if (!root) throw new Error('theme.css has no :root rule');
    this.tokens = new Map([...root.declarations].filter(([name]) => name.startsWith('--')));
    this.rules = parseRules(ruleCss);
  }

  /** A CSS value (a token reference, `light-dark()`, a hex) as the hex colour of a theme. */
  resolve(value: string, theme: Theme, seen: readonly string[] = []): string {
    const v = value.trim();
    const lightDark = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(v);
    if (lightDark) return this.resolve(lightDark[theme === 'light' ? 1 : 2] ?? '', theme);
    const name = /^var\(\s*(--[\w-]+)\s*\)$/.exec(v)?.[1];
    if (name) {
      const token = this.tokens.get(name);
      if (token === undefined) throw new Error(`theme.css defines no ${name} in :root`);
      if (seen.includes(name)) throw new Error(`${name} refers to itself`);
      return this.resolve(token, theme, [...seen, name]);
    }
    if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
    if (/^#[0-9a-f]{3}$/i.test(v)) {
      return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
    }
    throw new Error(`“${v}” is not an opaque hex colour, a light-dark() or a var()`);
  }

  /** The value a rule whose selector list holds exactly `selector` gives `property`. */
  declared(selector: string, property: string): string {
    const rule = [...this.rules]
      .reverse()
      .find((r) => r.selectors.includes(selector) && r.declarations.has(property));
    const value = rule?.declarations.get(property);
    if (value === undefined) {
      throw new Error(`no stylesheet has a rule for ${selector} that sets ${property}`);
    }
    return value;
  }

  /** The text and background colours a rule gives, resolved for a theme. */
  pair(selector: string, theme: Theme): { text: string; background: string } {
    return {
      text: this.resolve(this.declared(selector, 'color'), theme),
      background: this.resolve(this.declared(selector, 'background'), theme),
    };
  }
}

/** WCAG 2.x relative luminance of an sRGB hex colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2.x contrast ratio, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
