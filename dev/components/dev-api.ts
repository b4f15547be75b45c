import { exportBackup, importBackup, type ImportResult } from '../../lib/db/backup-repository';
import { bareExport, bareImport } from '../db/bench-floors';
import { ReciprocityDatabase } from '../../lib/db/database';
import {
  clearAllData,
  countRows,
  rawMomentPutTimes,
  seedHeavyUser,
  type SeedProgress,
  type SeedResult,
} from '../db/heavy-user-seeder';
import type { HeavyUserOptions } from '../generate/heavy-user';

/** The empty database `importBackup` writes into when no other is named; deleted after. */
export const SCRATCH_DATABASE = 'reciprocity-coach-dev-import';

export interface TimedExport {
  ms: number;
  chars: number;
}

export interface TimedImport {
  ms: number;
  result: ImportResult;
  counts: SeedProgress;
}

/**
 * What the dev page exposes as `window.reciprocityDev`, for a developer's console and for
 * `npm run bench` (which drives it through Playwright).
 */
export interface DevApi {
  /** Writes the heavy user's data set (adds to what is there; clear() first for a clean one). */
  seed: (options?: HeavyUserOptions) => Promise<SeedResult>;
  clear: () => Promise<void>;
  counts: () => Promise<SeedProgress>;
  /**
   * Durations of `n` bare IndexedDB puts of a call's moments, 1…`perCall` of them, in ms; each
   * `paceMs` after the one before began (0: back to back).
   */
  rawPutTimes: (n: number, perCall: number, paceMs?: number) => Promise<number[]>;
  /** Exports the whole database to a backup string, kept in the page as `lastExport`. */
  exportBackup: () => Promise<TimedExport>;
  lastExport: () => string | undefined;
  /**
   * Imports `text` (by default the last export) into an empty scratch database, which is
   * deleted afterwards: the app's own data is untouched.
   */
  importBackup: (text?: string) => Promise<TimedImport>;
  /** The export's floor: every stored row read in one transaction and stringified. */
  bareExport: () => Promise<TimedExport>;
  /** The import's floor: the last export parsed and put as it is into an empty scratch database. */
  bareImport: (text?: string) => Promise<{ ms: number }>;
  /** Progress of every seed, wherever it was started; returns the unsubscribe. */
  onProgress: (listener: (progress: SeedProgress) => void) => () => void;
}

/** Runs `run` on an empty scratch database, deleted after: the app's own data is untouched. */
async function withScratch<T>(run: (scratch: ReciprocityDatabase) => Promise<T>): Promise<T> {
  // Left over by an interrupted run, perhaps: start from nothing.
  await new ReciprocityDatabase(SCRATCH_DATABASE).delete();
  const scratch = new ReciprocityDatabase(SCRATCH_DATABASE);
  await scratch.open();
  try {
    return await run(scratch);
  } finally {
    await scratch.delete();
  }
}

export function createDevApi(db: ReciprocityDatabase): DevApi {
  const listeners = new Set<(progress: SeedProgress) => void>();
  let exported: string | undefined;
  return {
    seed: (options) =>
      seedHeavyUser(db, options, (progress) => listeners.forEach((l) => l(progress))),
    clear: () => clearAllData(db),
    counts: () => countRows(db),
    rawPutTimes: (n, perCall, paceMs) => rawMomentPutTimes(db, n, perCall, paceMs),
    async exportBackup() {
      const start = performance.now();
      exported = await exportBackup(db);
      return { ms: performance.now() - start, chars: exported.length };
    },
    lastExport: () => exported,
    async importBackup(text = exported) {
      if (text === undefined) throw new Error('Nothing to import: export first.');
      return withScratch(async (scratch) => {
        const start = performance.now();
        const result = await importBackup(scratch, text);
        const ms = performance.now() - start;
        return { ms, result, counts: await countRows(scratch) };
      });
    },
    async bareExport() {
      const start = performance.now();
      const chars = await bareExport(db);
      return { ms: performance.now() - start, chars };
    },
    async bareImport(text = exported) {
      if (text === undefined) throw new Error('Nothing to import: export first.');
      return withScratch(async (scratch) => {
        const start = performance.now();
        await bareImport(scratch, text);
        return { ms: performance.now() - start };
      });
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
