import {
  heavyUserBatches,
  type HeavyUserBatch,
  type HeavyUserOptions,
  type HeavyUserSummary,
} from '../generate/heavy-user';
import type { Moment } from '../../lib/domain/model';
import { packByCall, packMoments } from '../../lib/db/call-moments';
import type { ReciprocityDatabase } from '../../lib/db/database';

/** Calls per transaction when seeding: about 50,000 moments, one bulkPut per table. */
export const SEED_BATCH_CALLS = 1_000;

export interface SeedProgress {
  partners: number;
  calls: number;
  moments: number;
}

export interface SeedResult extends HeavyUserSummary {
  busiestPartnerName: string;
  ms: number;
}

function writeBatch(db: ReciprocityDatabase, batch: HeavyUserBatch): Promise<void> {
  return db.transaction('rw', [db.partners, db.calls, db.callMoments], async () => {
    await Promise.all([
      batch.partners.length > 0 ? db.partners.bulkPut(batch.partners) : undefined,
      db.calls.bulkPut(batch.calls),
      db.callMoments.bulkPut(packByCall(batch.moments)),
    ]);
  });
}

/**
 * Writes a heavy user's data set (lib/domain/generate) into `db`, one transaction per
 * batch. The next batch is generated while the previous one commits, so the page's thread
 * and IndexedDB's work overlap; at most two batches are held at a time.
 */
export async function seedHeavyUser(
  db: ReciprocityDatabase,
  options?: HeavyUserOptions,
  onProgress?: (progress: SeedProgress) => void,
  batchCalls: number = SEED_BATCH_CALLS,
): Promise<SeedResult> {
  const start = performance.now();
  const batches = heavyUserBatches(options, batchCalls);
  const progress: SeedProgress = { partners: 0, calls: 0, moments: 0 };
  let writing: Promise<void> = Promise.resolve();
  let busiestPartnerName = '';
  for (;;) {
    const step = batches.next();
    await writing;
    if (step.done) {
      busiestPartnerName = (await db.partners.get(step.value.busiestPartnerId))?.name ?? '';
      return { ...step.value, busiestPartnerName, ms: performance.now() - start };
    }
    const batch = step.value;
    writing = writeBatch(db, batch).then(() => {
      progress.partners += batch.partners.length;
      progress.calls += batch.calls.length;
      progress.moments += batch.moments.length;
      onProgress?.({ ...progress });
    });
  }
}

/** Empties every table (the schema stays), in one transaction. */
export async function clearAllData(db: ReciprocityDatabase): Promise<void> {
  await db.transaction('rw', [db.partners, db.calls, db.callMoments, db.settings], async () => {
    await Promise.all([
      db.partners.clear(),
      db.calls.clear(),
      db.callMoments.clear(),
      db.settings.clear(),
    ]);
  });
}

export async function countRows(db: ReciprocityDatabase): Promise<SeedProgress> {
  let moments = 0;
  const [partners, calls] = await Promise.all([
    db.partners.count(),
    db.calls.count(),
    db.callMoments.each((row) => {
      moments += row.moments.length;
    }),
  ]);
  return { partners, calls, moments };
}

/** A moment as a tag writes it: the i-th of a call tagged them/me in turn. */
function taggedMoment(callId: string, i: number, now: number): Moment {
  return {
    id: crypto.randomUUID(),
    callId,
    side: i % 2 === 0 ? 'them' : 'me',
    kind: i % 2 === 0 ? 'request' : 'value',
    at: now + i * 1000,
    offsetMs: i * 1000,
    note: '',
    weight: 1,
    createdAt: now,
    updatedAt: now,
    ...(i % 2 === 0 ? { open: 1 as const } : {}),
  };
}

/**
 * The floor a tag's commit is compared against: one bare IndexedDB `put` of the row a tag
 * writes (a call's packed moments) into the same database, in its own transaction with the
 * app's durability ('relaxed', see database.ts), timed from the request until `complete`.
 * The rows are as large as the tags' own: the k-th put writes a call with k moments, k
 * running 1…`perCall` and again, as a call tagged `perCall` times writes them. Each record is
 * deleted afterwards (outside the timing). Returns every duration in ms.
 */
export async function rawMomentPutTimes(
  db: ReciprocityDatabase,
  n: number,
  perCall: number,
  paceMs = 0,
): Promise<number[]> {
  const idb = (db.isOpen() ? db : await db.open()).backendDB();
  const times: number[] = [];
  const run = (mode: 'put' | 'delete', callId: string, moments: Moment[]): Promise<number> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const tx = idb.transaction('callMoments', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('callMoments');
      if (mode === 'put') store.put(packMoments(callId, moments));
      else store.delete(callId);
      tx.oncomplete = () => resolve(performance.now() - start);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB put failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB put aborted'));
    });
  let last = 0;
  for (let i = 0; i < n; i++) {
    // Each put `paceMs` after the last began, as tags clicked that far apart are.
    const wait = last + paceMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    last = performance.now();
    const callId = `bench-raw-put-${i}`;
    const now = Date.now();
    const moments = Array.from({ length: (i % perCall) + 1 }, (_, k) =>
      taggedMoment(callId, k, now),
    );
    times.push(await run('put', callId, moments));
    await run('delete', callId, []);
  }
  return times;
}
