import type { ReciprocityDatabase } from '../../lib/db/database';

/**
 * The floors `npm run bench` measures the backup figures against: what the browser itself
 * costs for the same rows, with none of the app's checking, merging or indexing, through
 * IndexedDB directly (no Dexie). Dev only: the dev page is their one caller.
 */

const STORES = ['partners', 'calls', 'callMoments', 'settings'] as const;

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function getAll(store: IDBObjectStore): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('getAll failed'));
  });
}

async function backend(db: ReciprocityDatabase): Promise<IDBDatabase> {
  return (db.isOpen() ? db : await db.open()).backendDB();
}

/** Reads every stored row in one transaction and stringifies them: the export's floor. */
export async function bareExport(db: ReciprocityDatabase): Promise<number> {
  const tx = (await backend(db)).transaction([...STORES], 'readonly');
  const rows = await Promise.all(STORES.map((name) => getAll(tx.objectStore(name))));
  await done(tx);
  return JSON.stringify(rows).length;
}

interface FileRows {
  partners: unknown[];
  calls: unknown[];
  moments: Array<{ callId: string }>;
  settings: unknown[];
}

/**
 * Parses a backup and puts its rows as they are, moments packed per call as stored, into
 * `db` in one transaction: the import's floor. No validation, merge, tally or search words.
 */
export async function bareImport(db: ReciprocityDatabase, text: string): Promise<void> {
  const file = JSON.parse(text) as FileRows;
  const byCall = new Map<string, unknown[]>();
  for (const m of file.moments) {
    const list = byCall.get(m.callId);
    if (list) list.push(m);
    else byCall.set(m.callId, [m]);
  }
  const tx = (await backend(db)).transaction([...STORES], 'readwrite', { durability: 'relaxed' });
  const put = (name: (typeof STORES)[number], rows: Iterable<unknown>): void => {
    const store = tx.objectStore(name);
    for (const row of rows) store.put(row);
  };
  put('partners', file.partners);
  put('calls', file.calls);
  put(
    'callMoments',
    [...byCall].map(([callId, moments]) => ({ callId, moments, openDue: [] })),
  );
  put('settings', file.settings);
  await done(tx);
}
