import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Call, Moment, Partner } from '../domain/model';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'reciprocity-coach';

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
    this.version(1).stores({
      partners: 'id, name',
      calls: 'id, startedAt, partnerId, live',
      moments: 'id, callId',
      settings: 'key',
    });
  }
}
