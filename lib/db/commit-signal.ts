import type { DBCore, Middleware, Transaction } from 'dexie';

/**
 * When a read-write transaction has committed, told before anything else hears of it.
 *
 * Dexie learns of a commit in the transaction's `complete` event and, in the same handler,
 * before its own promise resolves, re-runs every live query the write touched and posts the
 * change to the other pages. A tag's writer waiting on that promise therefore learned of its
 * commit last, a millisecond or more after it landed (issue 14's profile). This middleware sits
 * next to IndexedDB (the lowest level: its `complete` listener is registered first, before
 * Dexie's cache and `oncomplete`), so that whoever awaits `whenCommitted` continues as soon as
 * the commit lands, and the live queries run after.
 */
const commits = new WeakMap<IDBTransaction, Promise<void>>();

export const commitSignal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CommitSignal',
  // Below Dexie's own (the lowest is -1): innermost, so it sees the transaction first.
  level: -10,
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readwrite') {
        // Dexie's DBCore transaction is the IndexedDB transaction itself.
        const idb = tx as unknown as IDBTransaction;
        commits.set(
          idb,
          new Promise((resolve) =>
            idb.addEventListener('complete', () => resolve(), { once: true }),
          ),
        );
      }
      return tx;
    },
  }),
};

/**
 * Runs `scope` in Dexie transaction `run` and resolves with its result as soon as the
 * transaction has committed; rejects as the transaction does when it fails (nothing written).
 * `run` is `(scope) => db.transaction('rw', tables, scope)`.
 */
export async function committedWrite<T>(
  run: (scope: (tx: Transaction) => Promise<T>) => PromiseLike<T>,
  scope: () => Promise<T>,
): Promise<T> {
  let committed!: () => void;
  const landed = new Promise<void>((resolve) => (committed = resolve));
  let result: { value: T } | undefined;
  const settled = run(async (tx) => {
    // Without the middleware (another database), Dexie's own promise is the signal.
    void commits.get(tx.idbtrans)?.then(committed);
    const value = await scope();
    result = { value };
    return value;
  });
  // A transaction that committed before its scope returned (IndexedDB commits when a scope
  // awaits something else) has its outcome in Dexie's promise, which then rejects.
  return Promise.race([settled, landed.then(() => (result ? result.value : settled))]);
}
