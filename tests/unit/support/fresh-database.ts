import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ReciprocityDatabase } from '../../../lib/db/database';

/** A database of its own for each test: a fresh fake IndexedDB factory, nothing shared. */
export function freshDatabase(): ReciprocityDatabase {
  return new ReciprocityDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange });
}
