// @vitest-environment node
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The component boundaries are kept by lint (eslint.config.js); these check that its rules
// fire, and that no folder under components/ escapes them by not being listed.

const eslint = new ESLint();

/** The rules a file at `path` holding `code` breaks. */
async function brokenRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const SHARED = ['app-context', 'ui'];
const ROOT = 'shell';
const folders = readdirSync('components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const screens = folders.filter((name) => ![...SHARED, ROOT].includes(name));

/** A real module of the folder to import: the rule checks resolved paths. */
function moduleOf(folder: string): string {
  const file = readdirSync(`components/${folder}`).find((name) => /\.tsx?$/.test(name));
  if (!file) throw new Error(`components/${folder} has no module`);
  return `../${folder}/${file.replace(/\.tsx?$/, '')}`;
}

const importing = (from: string) => `import * as probe from '${from}';\nexport { probe };\n`;

describe('components: screens import no other screen', () => {
  test('there are screens, and the shared folders exist', () => {
    expect(screens.length).toBeGreaterThan(4);
    expect(folders).toEqual(expect.arrayContaining([...SHARED, ROOT]));
  });

  test.each(screens)('components/%s imports no other screen nor the shell', async (screen) => {
    const others = [...screens.filter((other) => other !== screen), ROOT];
    for (const other of others) {
      expect(
        await brokenRules(`components/${screen}/probe.ts`, importing(moduleOf(other))),
        `${screen} → ${other}`,
      ).toContain('import-x/no-restricted-paths');
    }
    for (const shared of SHARED) {
      expect(
        await brokenRules(`components/${screen}/probe.ts`, importing(moduleOf(shared))),
      ).toEqual([]);
    }
  });

  test.each(SHARED)('components/%s imports no screen nor the shell', async (shared) => {
    for (const other of [...screens, ROOT]) {
      expect(
        await brokenRules(`components/${shared}/probe.ts`, importing(moduleOf(other))),
        `${shared} → ${other}`,
      ).toContain('import-x/no-restricted-paths');
    }
  });
});

describe("Dexie's tables are touched in lib/db only", () => {
  const reads = `import type { ReciprocityDatabase } from '../../lib/db/database';
export const reads = (db: ReciprocityDatabase, database: ReciprocityDatabase) => [
  db.partners.count(), db.calls.count(), database.callMoments.count(), db.settings.count(),
];
`;

  test('a component reading db.<table> breaks the rule, once per table', async () => {
    const broken = await brokenRules('components/history/probe.ts', reads);
    expect(broken.filter((rule) => rule === 'no-restricted-syntax')).toHaveLength(4);
  });

  test('so does the store, through this.db', async () => {
    const code = `import type { ReciprocityDatabase } from '../db/database';
export class Probe {
  constructor(private readonly db: ReciprocityDatabase) {}
  count() { return this.db.calls.count(); }
}
`;
    expect(await brokenRules('lib/store/probe.ts', code)).toContain('no-restricted-syntax');
  });

  test('lib/db itself may', async () => {
    const code = reads.replace('../../lib/db/database', './database');
    expect(await brokenRules('lib/db/probe.ts', code)).toEqual([]);
  });
});
