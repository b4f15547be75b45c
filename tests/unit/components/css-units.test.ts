import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const COMPONENTS = join(import.meta.dirname, '../../../components');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/**
 * Text follows the user's browser font size: every font size is in rem or em (or a keyword),
 * never fixed in px. A px size slipped in by a later change fails here, naming the line.
 */
test('no stylesheet fixes a font size in px', () => {
  const fixed = cssFiles(COMPONENTS).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), at: `${relative(COMPONENTS, file)}:${i + 1}` }))
      .filter(({ line }) => /font(-size)?\s*:[^;]*\b\d+(\.\d+)?px/.test(line)),
  );
  expect(fixed).toEqual([]);
});
