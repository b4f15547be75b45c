import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Call, Moment, Partner } from '../domain/model';
import { upgradeToV2 } from './upgrade-v2';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'reciprocity-coach';

/** Version 1's stores, kept so that tests can write a v1 database and upgrade it. */
export const V1_STORES = {
  partners: 'id, name',
  calls: 'id, startedAt, partnerId, live',
  moments: 'id, callId',
  settings: 'key',
} as const;

/**
 * The app's IndexedDB. Tests pass `{ indexedDB, IDBKeyRange }` from fake-indexeddb;
 * the extension uses the browser's own.
 */
export class ReciprocityDatabase extends Dexie {
  partners!: EntityTable<Partner, 'id'>;
  calls!: EntityTable<Call, 'id'>;
  moments!: EntityTable<Moment, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    // Relaxed durability: a commit is handed to the OS without waiting for fsync. It still
    // survives a browser crash (tested with SIGKILL end to end); only a power cut right after a
    // tag could cost that tag — a fair price for a tag that commits within a frame.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    // Index only what a where() uses: name for autocomplete, startedAt for history
    // order, the sparse `live` flag for the one live call, callId for a call's moments.
    this.version(1).stores(V1_STORES);
    // v2, all for history and partner pages at years of use, answered from indexes alone:
    // `*words` for search, [partnerId+startedAt] for a partner's calls in order, platform,
    // verdict and balance for filters and sorting; for moments, [open+callId] finds the
    // open asks and commitments of given calls and `openDue` the past-due commitments,
    // both sparse (only open moments have the fields), so neither scans moments.
    this.version(2)
      .stores({
        calls:
          'id, startedAt, partnerId, live, *words, [partnerId+startedAt], platform, tally.verdict, tally.balance',
        moments: 'id, callId, [open+callId], openDue',
      })
      .upgrade(upgradeToV2);
  }
}
