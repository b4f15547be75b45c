// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// minimum_chrome_version (wxt.config.ts) is the newest web-platform feature the shipped code
// uses. This scan finds the features of a table in the code, so that one newer than the floor
// (an Intl.DurationFormat for durations, say) fails here rather than on a user's older Chrome,
// and the floor is not kept higher than what is used. Libraries are not scanned: what their
// bundle mentions above the floor is feature-tested by them (see the comment in wxt.config.ts).

/** A feature, how it is spelled in code, and the Chrome version that first shipped it. */
const FEATURES: ReadonlyArray<[feature: string, pattern: RegExp, chrome: number]> = [
  ['Object.hasOwn', /\bObject\.hasOwn\(/, 93],
  ['Array findLast', /\.findLast(Index)?\(/, 97],
  ['CSS :has()', /:has\(/, 105],
  ['CSS @container', /@container\b/, 105],
  ['Array toSorted / toReversed / toSpliced', /\.to(Sorted|Reversed|Spliced)\(/, 110],
  ['CSS color-mix()', /\bcolor-mix\(/, 111],
  ['CSS text-wrap: balance', /text-wrap:\s*balance/, 114],
  ['sidePanel.setPanelBehavior / open', /sidePanel\??\.(setPanelBehavior|open)\b/, 116],
  ['AbortSignal.any', /\bAbortSignal\.any\(/, 116],
  ['Object.groupBy / Map.groupBy', /\b(Object|Map)\.groupBy\(/, 117],
  ['CSS @starting-style', /@starting-style\b/, 117],
  ['CSS text-wrap: pretty', /text-wrap:\s*pretty/, 117],
  ['CSS @scope', /@scope\b/, 118],
  ['Promise.withResolvers', /\bPromise\.withResolvers\(/, 119],
  ['CSS :user-invalid / :user-valid', /:user-(in)?valid\b/, 119],
  ['URL.canParse', /\bURL\.canParse\(/, 120],
  ['CSS nesting (a rule starting with &)', /^\s*&/m, 120],
  ['Array.fromAsync', /\bArray\.fromAsync\(/, 121],
  ['ClipboardItem.supports', /\bClipboardItem\.supports\(/, 121],
  ['Iterator.from', /\bIterator\.from\(/, 122],
  ['CSS light-dark()', /\blight-dark\(/, 123],
  ['CSS field-sizing', /\bfield-sizing\b/, 123],
  ['CSS anchor positioning', /\b(anchor-name|position-anchor|@position-try)\b/, 125],
  ['URL.parse', /\bURL\.parse\(/, 126],
  ['Promise.try', /\bPromise\.try\(/, 128],
  ['Intl.DurationFormat', /\bIntl\.DurationFormat\b/, 129],
  ['CSS interpolate-size', /\binterpolate-size\b/, 129],
  ['Intl.Locale getWeekInfo()', /\.getWeekInfo\(/, 130],
  ['dialog closedby / requestClose()', /\bclosedBy\b|\bclosedby\b|\.requestClose\(/, 134],
  ['Error.isError', /\bError\.isError\(/, 134],
  ['invoker commands (commandfor)', /\bcommand[Ff]or\b/, 135],
  ['RegExp.escape', /\bRegExp\.escape\(/, 136],
  ['Uint8Array base64', /\bUint8Array\.from(Base64|Hex)\(|\.to(Base64|Hex)\(\)/, 140],
];

const SHIPPED = ['entrypoints', 'components', 'lib'];
const DEV_ONLY = /^entrypoints\/dev-/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (DEV_ONLY.test(path)) return [];
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments, which may name a feature without using it. */
const withoutComments = (code: string): string =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const uses = SHIPPED.flatMap(sourceFiles).flatMap((path) => {
  const code = withoutComments(readFileSync(path, 'utf8'));
  return FEATURES.filter(([, pattern]) => pattern.test(code)).map(([feature, , chrome]) => ({
    path,
    feature,
    chrome,
  }));
});

function configuredFloor(): number {
  const config = readFileSync('wxt.config.ts', 'utf8');
  const match = /const MINIMUM_CHROME_VERSION = '(\d+)'/.exec(config);
  if (!match?.[1]) throw new Error('wxt.config.ts no longer sets MINIMUM_CHROME_VERSION');
  return Number(match[1]);
}

describe('minimum_chrome_version is what the code needs', () => {
  test('the scan sees the code: light-dark() in the theme', () => {
    expect(uses).toContainEqual({
      path: join('components', 'ui', 'theme.css'),
      feature: 'CSS light-dark()',
      chrome: 123,
    });
  });

  test('no feature in the code is newer than the floor', () => {
    const floor = configuredFloor();
    const above = uses
      .filter((use) => use.chrome > floor)
      .map((use) => `${use.path}: ${use.feature} needs Chrome ${use.chrome}`);
    // Raise MINIMUM_CHROME_VERSION (and say why there), or test for the feature before use.
    expect(above, `above minimum_chrome_version ${floor}`).toEqual([]);
  });

  test('the floor is the newest feature used, not higher', () => {
    expect(configuredFloor()).toBe(Math.max(...uses.map((use) => use.chrome)));
  });
});
