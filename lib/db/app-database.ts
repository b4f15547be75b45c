import { ReciprocityDatabase } from './database';

let instance: ReciprocityDatabase | undefined;

/** The extension's one database connection per page or worker, opened on first use. */
export function appDatabase(): ReciprocityDatabase {
  instance ??= new ReciprocityDatabase();
  return instance;
}
