import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Call, Moment, Partner, TranscriptLine } from '../domain/model';
import { commitSignal } from './commit-signal';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV5 } from './upgrade-v5';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'reciprocity-coach';

/**
 * A call's moments, stored together in one row: a call's moments are always read and
 * written as a whole (its tally, its page, its export), and one row per call instead of
 * one per moment makes a backup of years of calls ~50 times fewer IndexedDB records.
 */
export interface CallMoments {
  callId: string;
  /** In the order they were written; readers sort (see momentsOfCall). */
  moments: Moment[];
  /** Due dates of the open commitments: a multi-entry index finds past-due ones. */
  openDue: number[];
}

/**
 * A call's kept caption lines (when the user chose to keep whole transcripts), one row per
 * call like its moments: always read and written as a whole, and a backup of years of calls
 * stays one record per call.
 */
export interface CallTranscript {
  callId: string;
  /** In the order they were finished. */
  lines: TranscriptLine[];
}

/** Version 2's stores, kept so that tests can write a v2 database and upgrade it. */
export const V2_STORES = {
  partners: 'id, name',
  calls:
    'id, startedAt, partnerId, live, *words, [partnerId+startedAt], platform, tally.verdict, tally.balance',
  moments: 'id, callId, [open+callId], openDue',
  settings: 'key',
} as const;

/** Version 3's stores: v2's, and the packed moments beside the old table they were copied from. */
export const V3_STORES = { ...V2_STORES, callMoments: 'callId, *openDue' } as const;

/** Version 4's stores (v3 and v4 together), kept so that tests can write a v4 database. */
export const V4_STORES = {
  partners: 'id, name',
  calls: V2_STORES.calls,
  callMoments: 'callId, *openDue',
  settings: 'key',
} as const;

/** Version 5's stores (v4's, its tallies rescored), kept so that tests can write a v5 database. */
export const V5_STORES = V4_STORES;

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
  callMoments!: EntityTable<CallMoments, 'callId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  transcripts!: EntityTable<CallTranscript, 'callId'>;

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
      .stores({ calls: V2_STORES.calls, moments: V2_STORES.moments })
      .upgrade(upgradeToV2);
    // v3: moments packed one row per call (see CallMoments); v4 drops the old table once
    // v3's upgrade has copied it (Dexie lets an upgrade read a table a later version drops).
    this.version(3).stores({ callMoments: 'callId, *openDue' }).upgrade(upgradeToV3);
    this.version(4).stores({ moments: null });
    // v5: the same stores; every stored tally recounted under the v5 scoring rules.
    this.version(5).stores({}).upgrade(upgradeToV5);
    // v6: a call's caption transcript, kept only when the user asks; no index but its call.
    this.version(6).stores({ transcripts: 'callId' });
    this.use(commitSignal);
  }
}
