import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// From the string, not `new URL(...)`: under jsdom the global URL is jsdom's, which
// node:url does not accept.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/**
 * Compares with the golden file byte for byte. After a deliberate change to an export,
 * `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/domain/export` rewrites the
 * files; read the diff as a user would before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual, 'utf8');
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
